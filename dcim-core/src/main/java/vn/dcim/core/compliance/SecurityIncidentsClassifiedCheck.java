package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.incident.IncidentRecords;

/** Art. 000 9.1: Levels (3 defined): */
@Singleton
class SecurityIncidentsClassifiedCheck extends IncidentsClassifiedCheck {
    SecurityIncidentsClassifiedCheck(IncidentRecords records) {
        super(records, "security-incidents-classified", "security_level");
    }
}

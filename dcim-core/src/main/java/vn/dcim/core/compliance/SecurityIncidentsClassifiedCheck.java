package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

/** Art. 000 9.1: Levels (3 defined): */
@Singleton
class SecurityIncidentsClassifiedCheck extends IncidentsClassifiedCheck {
    SecurityIncidentsClassifiedCheck(Jdbc jdbc) {
        super(jdbc, "security-incidents-classified", "security_level");
    }
}

package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.licence.SoftwareRecords;

/** Art. 21.1e: Software licences must be inventoried, and their expiry dates managed so that they can be renewed. */
@Singleton
class LicenceExpiryManagedCheck extends SoftwareLicensedCheck {
    LicenceExpiryManagedCheck(SoftwareRecords software) {
        super(software, "licence-expiry-managed", true);
    }
}

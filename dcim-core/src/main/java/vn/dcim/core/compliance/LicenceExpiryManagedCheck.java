package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

/** Art. 21.1e: Software licences must be inventoried, and their expiry dates managed so that they can be renewed. */
@Singleton
class LicenceExpiryManagedCheck extends SoftwareLicensedCheck {
    LicenceExpiryManagedCheck(Jdbc jdbc) {
        super(jdbc, "licence-expiry-managed", true);
    }
}

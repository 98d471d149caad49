package vn.dcim.core.notification.channel;

import jakarta.inject.Singleton;
import vn.dcim.core.crypto.SealedColumn;
import vn.dcim.core.crypto.Secrets;

/** A contact's credential (bot token, access token), encrypted in its column (Art. 30.7c, 15.1d). */
@Singleton
class ContactSecret extends SealedColumn {
    ContactSecret(Secrets secrets) {
        super(secrets, "person_contact.secret");
    }
}

package vn.dcim.core.notification;

import jakarta.inject.Singleton;
import vn.dcim.core.crypto.SealedColumn;
import vn.dcim.core.crypto.Secrets;

/** A webhook's credential, encrypted in its column (Art. 30.7c, 15.1d). */
@Singleton
class RecipientSecret extends SealedColumn {
    RecipientSecret(Secrets secrets) {
        super(secrets, "notification_recipient.secret");
    }
}

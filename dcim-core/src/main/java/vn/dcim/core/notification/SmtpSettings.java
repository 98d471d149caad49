package vn.dcim.core.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The SMTP relay for e-mail notifications (Art. 30.8c); without a host, e-mails wait in the outbox. */
@ConfigurationProperties("dcim.notify.smtp")
public record SmtpSettings(@Nullable String host, @Nullable Integer port, @Nullable String from, @Nullable String username,
                           @Nullable String password, @Nullable Boolean starttls, @Nullable Boolean ssl) {

    int portOrDefault() {
        return port != null ? port : Boolean.TRUE.equals(ssl) ? 465 : 25;
    }

    String fromOrDefault() {
        return from != null && !from.isBlank() ? from : "dcim@localhost";
    }
}

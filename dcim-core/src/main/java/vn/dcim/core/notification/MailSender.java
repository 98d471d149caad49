package vn.dcim.core.notification;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.io.File;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** E-mail over SMTP with Jakarta Mail (Eclipse Angus), UTF-8 so Vietnamese subjects arrive intact. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MailSender implements NotificationSender {
    private static final String TIMEOUT_MS = "10000";

    private final SmtpSettings smtp;

    @Override
    public Channel channel() {
        return Channel.email;
    }

    @Override
    public void send(Notification n) throws Exception {
        if (smtp.host() == null || smtp.host().isBlank()) {
            throw new IllegalStateException("no SMTP server configured (set DCIM_SMTP_HOST)");
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.portOrDefault()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        p.put("mail.smtp.starttls.enable", String.valueOf(Boolean.TRUE.equals(smtp.starttls())));
        p.put("mail.smtp.starttls.required", String.valueOf(Boolean.TRUE.equals(smtp.starttls())));
        p.put("mail.smtp.ssl.enable", String.valueOf(Boolean.TRUE.equals(smtp.ssl())));
        boolean auth = smtp.username() != null && !smtp.username().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        Session session = auth ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.username(), smtp.password());
            }
        }) : Session.getInstance(p);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.fromOrDefault()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(n.address()));
        message.setSubject(n.subject(), StandardCharsets.UTF_8.name());
        if (n.attachment() == null) {
            message.setText(n.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(n.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.attachFile(new File(n.attachment()));
            message.setContent(new MimeMultipart(text, file));
        }
        message.setSentDate(new Date());
        message.setHeader("X-DCIM-Notification", String.valueOf(n.id()));
        Transport.send(message);
    }
}

package vn.dcim.core.notification;

/** How a notification travels: e-mail over SMTP (Art. 30.8c) or an HTTP webhook (chat, SMS gateway, ticketing). */
public enum Channel {
    email, webhook
}

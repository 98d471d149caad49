package vn.dcim.core.notification;

/** Delivers one notification over its channel; throws with a clear reason when it could not. */
interface NotificationSender {
    Channel channel();

    void send(Notification notification) throws Exception;
}

package vn.dcim.core.notification;

/** Delivers one notification over its channel; throws with a clear reason when it could not. */
public interface NotificationSender {
    Channel channel();

    /** True for the sender of the channel types of data: it takes every message that names a channel type. */
    default boolean typed() {
        return false;
    }

    /** After this many failed attempts a message to a person's contact is dead-lettered; 0 = retried for ever. */
    default int deadLetterAfter() {
        return 0;
    }

    void send(Notification notification) throws Exception;
}

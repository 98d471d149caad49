package vn.dcim.core.access;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One badge presented at a door (Art. 6.6). {@code messageId} is the controller's own id of the
 * event, unique per controller; {@code deviceTime} is the controller's clock, {@code receivedTime} ours.
 * {@code doorNo} is the controller's own number of the door or reader (a controller serves several; null when it
 * does not say), {@code doorName} the door's name as the registry knew it when the event was logged (null before it
 * was kept). {@code id} is null until stored.
 */
public record AccessEvent(@Nullable Long id,
                          String deviceId,
                          String messageId,
                          String siteId,
                          AccessResult result,
                          @Nullable String badge,
                          @Nullable String person,
                          AccessDirection direction,
                          Instant deviceTime,
                          Instant receivedTime,
                          @Nullable String doorNo,
                          @Nullable String doorName) {

    /** An event whose controller names no door: the controller is the door. */
    public AccessEvent(@Nullable Long id, String deviceId, String messageId, String siteId, AccessResult result, @Nullable String badge,
                       @Nullable String person, AccessDirection direction, Instant deviceTime, Instant receivedTime) {
        this(id, deviceId, messageId, siteId, result, badge, person, direction, deviceTime, receivedTime, null, null);
    }

    /** The same event at door {@code no} of its controller. */
    public AccessEvent atDoor(@Nullable String no) {
        return new AccessEvent(id, deviceId, messageId, siteId, result, badge, person, direction, deviceTime, receivedTime, no, doorName);
    }

    /** The same event with its door's name as the registry knows it. */
    public AccessEvent named(@Nullable String name) {
        return new AccessEvent(id, deviceId, messageId, siteId, result, badge, person, direction, deviceTime, receivedTime, doorNo, name);
    }

    /** The door as a person reads it: its name (else the controller's id) and, where the controller has several, its number. */
    public String door() {
        String where = doorName != null && !doorName.isBlank() ? doorName : deviceId;
        return doorNo == null || doorNo.isBlank() ? where : where + " #" + doorNo;
    }
}

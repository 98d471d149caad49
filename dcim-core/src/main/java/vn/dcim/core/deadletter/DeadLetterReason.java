package vn.dcim.core.deadletter;

/** Why the bridge refused a message. */
public enum DeadLetterReason {
    /** the topic is not {@code dcim/{site}/{kind}/{deviceId}/{channel}} with a known kind and channel */
    topic,
    /** the payload is not JSON (or not UTF-8) */
    not_json,
    /** the payload is JSON but fails the channel's JSON Schema */
    schema,
    /** no enabled MQTT device of that id on that site */
    unknown_device,
    /** the device time ({@code ts}) is before 2000 or further ahead of the server's clock than the allowed skew */
    time,
    /** a vendor dialect took the message and refused it: too large, too deep, not JSON, garbage protobuf, too costly an expression */
    dialect
}

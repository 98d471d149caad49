package vn.dcim.core.access;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** When the access log last received an event from a door controller. */
@Introspected
record DoorLastLogged(String deviceId, Instant last) {
}

package vn.dcim.mqtt.broker;

import java.util.Optional;

/** The per-device credentials the administrator issued, each limited to its own topics. */
public interface DeviceCredentials {
    /** The topic scope ({@link TopicScope}) of a valid user name and password, or empty when refused. */
    Optional<String> signIn(String username, String password);

    /** Tells {@code listener} the user name of every credential withdrawn from now on. */
    default void onWithdrawn(java.util.function.Consumer<String> listener) {
    }
}

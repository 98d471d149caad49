package vn.dcim.mqtt.broker;

import java.util.Optional;

/** The per-device credentials the administrator issued, each limited to its own topics. */
public interface DeviceCredentials {
    /** The topic scope ({@link TopicScope}) of a valid user name and password, or empty when refused. */
    Optional<String> signIn(String username, String password);

    /** Whether a publication on {@code topic} may be a discovery message ({@link #published} wants it). */
    default boolean announces(String topic) {
        return false;
    }

    /**
     * A device signed in as {@code username} published {@code payload} on {@code topic} (the broker
     * tells every publication it let through): a discovery config may widen what that credential may
     * publish ({@link #mayPublish}).
     */
    default void published(String username, String topic, byte[] payload) {
    }

    /** Whether {@code username} may publish on {@code topic} beyond its scope: a state topic its own discovery config announced. */
    default boolean mayPublish(String username, String topic) {
        return false;
    }

    /** Tells {@code listener} the user name of every credential withdrawn from now on. */
    default void onWithdrawn(java.util.function.Consumer<String> listener) {
    }
}

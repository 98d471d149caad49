package vn.dcim.mqtt.broker;

/** Whether a publisher's user name and password are one the administrator issued (per-device credentials). */
public interface DeviceCredentials {
    boolean check(String username, String password);

    /** Tells {@code listener} the user name of every credential withdrawn from now on. */
    default void onWithdrawn(java.util.function.Consumer<String> listener) {
    }
}

package vn.dcim.mqtt.broker;

/** Whether a publisher's user name and password are one the administrator issued (per-device credentials). */
public interface DeviceCredentials {
    boolean check(String username, String password);
}

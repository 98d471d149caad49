package vn.dcim.web.broker;

/** A listener port the operator chose is held by another program: the broker does not start elsewhere. */
public final class PortInUseException extends IllegalStateException {
    private final int port;
    private final boolean tls;

    PortInUseException(int port, boolean tls) {
        super("the embedded MQTT broker's " + (tls ? "TLS " : "") + "port " + port + " is in use by another program");
        this.port = port;
        this.tls = tls;
    }

    public int port() {
        return port;
    }

    /** True for the TLS listener (DCIM_MQTT_TLS_PORT), false for the plain one (DCIM_MQTT_PORT). */
    public boolean tls() {
        return tls;
    }
}

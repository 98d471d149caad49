package vn.dcim.mqtt.testing

/**
 * A spec's own Mosquitto, started on first use: the application context asks for its URL (extraProperties) before
 * any field of the spec is set, hence a static started lazily. Each spec class implementing this holds a broker of
 * its own; its cleanupSpec calls {@link #closeBroker()}.
 */
trait OwnBroker {
    private static Mosquitto started

    static Mosquitto broker() {
        if (started == null) {
            started = new Mosquitto()
        }
        started
    }

    static void closeBroker() {
        started?.close()
        started = null
    }
}

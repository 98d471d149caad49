package vn.dcim.core.demo;

/** Identifiers of the demo site that later features (simulated agents, MQTT publishers) rely on. */
public final class DemoSite {
    public static final String ID = "demo";
    public static final String DOOR_CONTROLLER = "door-1";

    private DemoSite() {
    }
}

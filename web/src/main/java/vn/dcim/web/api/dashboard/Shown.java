package vn.dcim.web.api.dashboard;

import java.util.List;
import java.util.Map;

/** Which readings the dashboard shows for each kind of equipment, in the order it shows them. */
final class Shown {
    private static final Map<String, List<String>> METRICS = Map.of(
            "ups", List.of("ups.output.source", "ups.input.voltage", "ups.output.voltage", "ups.output.load",
                    "ups.battery.charge", "ups.battery.runtime"),
            "generator", List.of("gen.state", "gen.fuel.level", "gen.run_hours", "gen.voltage.l1n", "gen.frequency",
                    "gen.output.power"),
            "ats", List.of("ats.selected", "ats.selected_source", "ats.source1.voltage", "ats.source2.voltage",
                    "ats.output.power"),
            "pdu", List.of("pdu.power"),
            "precision_cooling", List.of("cooling.mode", "cooling.supply.temperature", "cooling.return.temperature",
                    "cooling.rack_inlet.temperature"),
            "door_controller", List.of("door.state", "device.reachable"),
            "camera", List.of("camera.online", "camera.recording", "camera.retention.days"));

    private Shown() {
    }

    static List<String> metrics(String kind) {
        return METRICS.getOrDefault(kind, List.of());
    }
}

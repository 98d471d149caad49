package vn.dcim.web.teach;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The metric a value's name suggests ("Temperature", "temp_c", "ENERGY.Power", "hum"), offered pre-selected
 * so that most values need only their box ticked; the administrator can always choose another.
 */
final class MetricGuess {
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("humid", "env.humidity");
        WORDS.put("hum", "env.humidity");
        WORDS.put("rh", "env.humidity");
        WORDS.put("pressure", "env.pressure");
        WORDS.put("battery", "device.battery");
        WORDS.put("batt", "device.battery");
        WORDS.put("temp", "env.temperature");
        WORDS.put("apparent", "pdu.outlet.apparent_power");
        WORDS.put("factor", "pdu.outlet.power_factor");
        WORDS.put("pf", "pdu.outlet.power_factor");
        WORDS.put("energy", "pdu.outlet.energy");
        WORDS.put("kwh", "pdu.outlet.energy");
        WORDS.put("power", "pdu.outlet.power");
        WORDS.put("watt", "pdu.outlet.power");
        WORDS.put("volt", "pdu.outlet.voltage");
        WORDS.put("current", "pdu.outlet.current");
        WORDS.put("amp", "pdu.outlet.current");
        WORDS.put("freq", "pdu.outlet.frequency");
        WORDS.put("leak", "env.leak");
        WORDS.put("water", "env.leak");
        WORDS.put("smoke", "env.smoke");
        WORDS.put("contact", "door.state");
        WORDS.put("door", "door.state");
        WORDS.put("occupan", "env.occupancy");
        WORDS.put("motion", "env.occupancy");
        WORDS.put("tamper", "device.tamper");
        WORDS.put("uptime", "device.uptime");
        WORDS.put("load", "ups.output.load");
        WORDS.put("fuel", "gen.fuel.level");
        WORDS.put("fan", "cooling.fan.speed");
    }

    private MetricGuess() {
    }

    /**
     * The metric offered for a value of {@code type}: a true/false or on/off value is a state, never a quantity
     * (Tasmota's {@code POWER} ON is the relay, not watts): where the name suggests an outlet's quantity, its state
     * is offered; another quantity's name offers nothing.
     */
    static String of(String path, String type) {
        String metric = of(path);
        if (!"boolean".equals(type) || metric == null || MetricCatalogue.of(metric).map(e -> e.unit().isEmpty()).orElse(true)) {
            return metric;
        }
        return metric.startsWith("pdu.outlet.") ? "pdu.outlet.state" : null;
    }

    /** The metric the leaf's path suggests (its last name first), or null. */
    static String of(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String last = p.substring(Math.max(p.lastIndexOf('.'), -1) + 1);
        for (String name : new String[] {last, p}) {
            for (Map.Entry<String, String> w : WORDS.entrySet()) {
                if (name.contains(w.getKey()) && !(w.getKey().length() <= 3 && !word(name, w.getKey()))) {
                    return w.getValue();
                }
            }
        }
        return null;
    }

    /** A short word ("rh", "pf", "hum") counts only at the start of the name or after a separator, not inside "through". */
    private static boolean word(String name, String w) {
        int i = name.indexOf(w);
        return i == 0 || !Character.isLetter(name.charAt(i - 1));
    }
}

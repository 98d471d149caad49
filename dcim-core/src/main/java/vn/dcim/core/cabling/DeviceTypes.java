package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.dcim.core.asset.AssetKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device types shipped as data under {@code cabling/device-types/} (NetBox device-type library
 * style: manufacturer, model, u_height, interfaces, front-ports, rear-ports, console-ports, power-ports,
 * power-outlets). A name may hold one range, {@code "Gi1/0/[1-48]"}; a front port's {@code rear_port}
 * or {@code rear_port_position} with a range of the same length pairs off element by element. Our one
 * addition, {@code kind}, is the registry's kind of equipment the model usually is.
 */
@Singleton
public class DeviceTypes {
    static final String DIR = "cabling/device-types/";
    private static final Pattern RANGE = Pattern.compile("\\[(\\d+)-(\\d+)]");
    private static final Map<String, PortKind> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("interfaces", PortKind.interface_);
        SECTIONS.put("rear-ports", PortKind.rear);
        SECTIONS.put("front-ports", PortKind.front);
        SECTIONS.put("console-ports", PortKind.console);
        SECTIONS.put("power-ports", PortKind.power_port);
        SECTIONS.put("power-outlets", PortKind.power_outlet);
    }

    private final List<DeviceType> types;

    public DeviceTypes() {
        List<DeviceType> loaded = new ArrayList<>();
        for (Object file : (List<?>) read("index.yaml").get("files")) {
            loaded.add(parse(file.toString(), read(file.toString())));
        }
        this.types = List.copyOf(loaded);
    }

    public List<DeviceType> all() {
        return types;
    }

    public Optional<DeviceType> bySlug(String slug) {
        return types.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public Optional<DeviceType> forModel(@Nullable String vendor, @Nullable String model) {
        return types.stream().filter(t -> t.matches(vendor, model)).findFirst();
    }

    static Map<String, Object> read(String file) {
        try (InputStream in = DeviceTypes.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("device type " + file + " is listed in index.yaml but not shipped");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeviceType parse(String file, Map<String, Object> yaml) {
        List<DeviceType.PortTemplate> ports = new ArrayList<>();
        for (Map.Entry<String, PortKind> section : SECTIONS.entrySet()) {
            Object list = yaml.get(section.getKey());
            if (list == null) {
                continue;
            }
            for (Object o : (List<?>) list) {
                ports.addAll(expand(file, section.getValue(), (Map<?, ?>) o));
            }
        }
        return new DeviceType(text(yaml, "slug", file), text(yaml, "manufacturer", file), text(yaml, "model", file),
                numberOrNull(yaml, "u_height"), yaml.get("kind") == null ? null : AssetKind.valueOf(yaml.get("kind").toString()), ports);
    }

    private static List<DeviceType.PortTemplate> expand(String file, PortKind kind, Map<?, ?> p) {
        List<String> names = range(text(p, "name", file));
        List<String> rears = p.get("rear_port") == null ? null : range(p.get("rear_port").toString());
        List<String> positions = p.get("rear_port_position") == null ? null : range(p.get("rear_port_position").toString());
        List<DeviceType.PortTemplate> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String rear = rears == null ? null : rears.get(rears.size() == 1 ? 0 : i);
            Integer position = kind != PortKind.front ? null
                    : positions == null ? 1 : Integer.valueOf(positions.get(positions.size() == 1 ? 0 : i));
            if (kind == PortKind.front && rear == null) {
                throw new IllegalStateException(file + ": front port " + names.get(i) + " names no rear_port");
            }
            out.add(new DeviceType.PortTemplate(names.get(i), kind, p.get("type") == null ? null : p.get("type").toString(),
                    number(p, "positions", 1), rear, position, numberOrNull(p, "maximum_draw"), numberOrNull(p, "allocated_draw")));
        }
        return out;
    }

    /** "Gi1/0/[1-3]" → Gi1/0/1, Gi1/0/2, Gi1/0/3; a name without a range is itself. */
    static List<String> range(String pattern) {
        Matcher m = RANGE.matcher(pattern);
        if (!m.find()) {
            return List.of(pattern);
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        List<String> names = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            names.add(pattern.substring(0, m.start()) + n + pattern.substring(m.end()));
        }
        return names;
    }

    private static String text(Map<?, ?> map, String key, String file) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalStateException(file + ": '" + key + "' is missing");
        }
        return v.toString();
    }

    private static int number(Map<?, ?> map, String key, int fallback) {
        Integer n = numberOrNull(map, key);
        return n == null ? fallback : n;
    }

    private static Integer numberOrNull(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? null : Integer.valueOf(v.toString());
    }
}

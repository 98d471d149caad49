package vn.dcim.snmp.collector;

import io.micronaut.context.ApplicationContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A remote collector ({@code ./dcim collector}, the slim jar, or {@code ./dcim run --only collector}): SNMP polling at a site with no
 * database access, readings buffered on disk and published to the center's broker. Its context is
 * built from the collector's own settings only, never from application.yml: the product's file names
 * a datasource, Flyway and Quartz, and a collector must start on a machine that reaches none of them.
 * The settings:
 * <ul>
 * <li>{@code DCIM_COLLECTOR_ID} (required): names its topics and its key file;</li>
 * <li>{@code DCIM_MQTT_URL} ({@code ssl://} for TLS, Art. 25.3), {@code DCIM_MQTT_USER}/{@code _PASSWORD},
 * {@code DCIM_MQTT_TRUSTSTORE}/{@code _PASSWORD}/{@code _TYPE}: the center's broker;</li>
 * <li>{@code DCIM_DATA_DIR} (the buffer and the last device list), {@code DCIM_COLLECTOR_BUFFER_DIR},
 * {@code DCIM_COLLECTOR_BUFFER_MB} (cap, default 512), {@code DCIM_KEYS_DIR} (the collector's key file).</li>
 * </ul>
 */
public final class CollectorProcess {
    public static final String ROLE = "collector";

    private CollectorProcess() {
    }

    /** True when the roles asked for are the collector's (it runs alone: it has no database to share). */
    public static boolean isCollector(String roles) {
        return roles != null && roles.trim().equalsIgnoreCase(ROLE);
    }

    /** The collector's settings from its environment. */
    public static Map<String, Object> properties(Function<String, String> env) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dcim.collector.enabled", true);
        put(p, "dcim.collector.id", env.apply("DCIM_COLLECTOR_ID"));
        put(p, "dcim.collector.buffer-dir", env.apply("DCIM_COLLECTOR_BUFFER_DIR"));
        String mb = env.apply("DCIM_COLLECTOR_BUFFER_MB");
        if (mb != null && !mb.isBlank()) {
            p.put("dcim.collector.max-buffer-bytes", Long.parseLong(mb.trim()) * 1024 * 1024);
        }
        p.put("dcim.data-dir", orElse(env.apply("DCIM_DATA_DIR"), "data"));
        put(p, "dcim.keys-dir", env.apply("DCIM_KEYS_DIR"));
        p.put("dcim.mqtt.url", orElse(env.apply("DCIM_MQTT_URL"), "tcp://127.0.0.1:1883"));
        put(p, "dcim.mqtt.username", env.apply("DCIM_MQTT_USER"));
        put(p, "dcim.mqtt.password", env.apply("DCIM_MQTT_PASSWORD"));
        put(p, "dcim.mqtt.truststore", env.apply("DCIM_MQTT_TRUSTSTORE"));
        put(p, "dcim.mqtt.truststore-password", env.apply("DCIM_MQTT_TRUSTSTORE_PASSWORD"));
        put(p, "dcim.mqtt.truststore-type", env.apply("DCIM_MQTT_TRUSTSTORE_TYPE"));
        p.put("dcim.mqtt.client-id", "dcim-collector-" + orElse(env.apply("DCIM_COLLECTOR_ID"), "unnamed"));
        // the polling loop runs with the collector's target (CollectorTarget); the trap and syslog receivers stay
        // off (they are the center's, dcim.collector.enabled); the center's other parts, off: they need the database
        p.put("dcim.snmp.enabled", true);
        // as polite to its agents as the center's pollers (the defaults are SnmpSettings')
        put(p, "dcim.snmp.max-backoff-s", env.apply("DCIM_SNMP_MAX_BACKOFF_S"));
        put(p, "dcim.snmp.max-requests-per-second", env.apply("DCIM_SNMP_MAX_REQUESTS_PER_SECOND"));
        put(p, "dcim.snmp.max-rows-per-walk", env.apply("DCIM_SNMP_MAX_ROWS_PER_WALK"));
        // the centre's own profiles, copied to the collector beside its data as on the center
        p.put("dcim.snmp.profiles-dir", orElse(env.apply("DCIM_SNMP_PROFILES_DIR"),
                java.nio.file.Path.of(orElse(env.apply("DCIM_DATA_DIR"), "data")).resolve("profiles").toString()));
        // a profile copied there while it runs is used without a restart (the default is SnmpSettings')
        put(p, "dcim.snmp.profiles-rescan-ms", env.apply("DCIM_SNMP_PROFILES_RESCAN_MS"));
        p.put("dcim.mqtt.bridge.enabled", false);
        p.put("dcim.scheduler.enabled", false);
        p.put("dcim.notify.enabled", false);
        p.put("dcim.demo.enabled", false);
        return p;
    }

    /** Starts the collector's context: its settings only, no application.yml, no environment variables read behind its back. */
    public static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder()
                .enableDefaultPropertySources(false)
                .environmentPropertySource(false)
                .deduceEnvironment(false)
                .properties(properties)
                .start();
    }

    private static void put(Map<String, Object> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value);
        }
    }

    private static String orElse(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}

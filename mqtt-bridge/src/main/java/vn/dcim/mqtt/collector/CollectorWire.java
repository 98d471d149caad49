package vn.dcim.mqtt.collector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Aead;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.telemetry.Reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What collectors and the center say to each other over the broker, as JSON.
 * <ul>
 * <li>a <b>batch</b>: {@code {"collector","epoch","seq","readings":[{"t","d","m","i","v","x","u"}]}}; the
 * readings array is what the collector buffered, the header is added when it is sent;</li>
 * <li>a <b>config</b>: {@code {"collector","devices":[...]}}, each device with its SNMP settings and its
 * secrets (community, v3 passwords) <b>sealed</b> with the collector's own key (Art. 25.3): AES-256-GCM,
 * keyset {@code collector-<id>} of the key directory, bound to the collector and device ids. They are
 * never on the broker in the clear, whether the link is TLS or not, and the broker's retained store
 * and any subscriber allowed to read the topic see ciphertext only.</li>
 * </ul>
 */
public final class CollectorWire {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CollectorWire() {
    }

    /** A batch as it came off the broker. */
    /**
     * {@code buffered}: entries in the collector's disk buffer when this batch was sent (this one included);
     * {@code dropped}: entries its size cap dropped since the collector started. The center records both
     * with the batch, so an operator sees a collector falling behind or losing readings (older collectors
     * send neither: 0).
     */
    public record Batch(String collector, String epoch, long seq, List<Reading> readings, long buffered, long dropped) {
    }

    /** The readings of one buffer entry (a JSON array). */
    public static byte[] readings(List<Reading> readings) {
        ArrayNode array = JSON.createArrayNode();
        for (Reading r : readings) {
            ObjectNode o = array.addObject();
            o.put("t", r.time().toString());
            o.put("d", r.deviceId());
            o.put("m", r.metric());
            o.put("i", r.instance());
            if (r.value() != null) {
                o.put("v", r.value());
            }
            if (r.text() != null) {
                o.put("x", r.text());
            }
            if (r.unit() != null) {
                o.put("u", r.unit());
            }
        }
        return bytes(array);
    }

    /** The message of one buffer entry: its header around the buffered readings, unparsed. */
    public static byte[] batch(String collector, String epoch, long seq, byte[] readings) {
        return batch(collector, epoch, seq, readings, 0, 0);
    }

    public static byte[] batch(String collector, String epoch, long seq, byte[] readings, long buffered, long dropped) {
        ObjectNode head = JSON.createObjectNode().put("collector", collector).put("epoch", epoch).put("seq", seq)
                .put("buffered", buffered).put("dropped", dropped);
        String h = new String(bytes(head), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(readings.length + h.length() + 16);
        out.writeBytes(h.substring(0, h.length() - 1).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(",\"readings\":".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(readings);
        out.write('}');
        return out.toByteArray();
    }

    public static Batch parseBatch(byte[] payload) throws IOException {
        JsonNode root = JSON.readTree(payload);
        if (root == null || !root.isObject() || !root.path("seq").canConvertToLong() || !root.path("readings").isArray()
                || !root.path("collector").isTextual() || !root.path("epoch").isTextual()) {
            throw new IOException("not a collector batch: collector, epoch, seq and readings are required");
        }
        String collector = root.get("collector").asText();
        List<Reading> readings = new ArrayList<>();
        for (JsonNode r : root.get("readings")) {
            readings.add(new Reading(Instant.parse(r.get("t").asText()), r.get("d").asText(), r.get("m").asText(), r.get("i").asText(),
                    r.hasNonNull("v") ? r.get("v").asDouble() : null,
                    r.hasNonNull("x") ? r.get("x").asText() : null,
                    r.hasNonNull("u") ? r.get("u").asText() : null));
        }
        return new Batch(collector, root.get("epoch").asText(), root.get("seq").asLong(), readings,
                Math.max(0, root.path("buffered").asLong(0)), Math.max(0, root.path("dropped").asLong(0)));
    }

    /** The readings of one buffer entry, as {@link #readings(List)} wrote them. */
    public static List<Reading> parseReadings(byte[] entry) throws IOException {
        byte[] wrapped = batch("x", "x", 0, entry);
        return parseBatch(wrapped).readings();
    }

    /** The device list of one collector, secrets sealed with its key. */
    public static byte[] config(String collector, List<MonitoredDevice> devices, Aead key) {
        ObjectNode root = JSON.createObjectNode().put("collector", collector);
        ArrayNode list = root.putArray("devices");
        for (MonitoredDevice d : devices) {
            ObjectNode o = list.addObject();
            o.put("id", d.id()).put("siteId", d.siteId()).put("name", d.name()).put("host", d.host());
            if (d.port() != null) {
                o.put("port", d.port());
            }
            o.put("snmpVersion", d.snmpVersion()).put("v3User", d.v3User()).put("v3AuthProto", d.v3AuthProto())
                    .put("v3PrivProto", d.v3PrivProto()).put("profile", d.profile())
                    .put("intervalS", d.intervalS()).put("timeoutMs", d.timeoutMs()).put("retries", d.retries());
            o.put("community", seal(key, collector, d.id(), "community", d.community()));
            o.put("v3AuthPass", seal(key, collector, d.id(), "v3AuthPass", d.v3AuthPass()));
            o.put("v3PrivPass", seal(key, collector, d.id(), "v3PrivPass", d.v3PrivPass()));
        }
        return bytes(root);
    }

    /** The devices of a config message, secrets opened with the collector's key. */
    public static List<MonitoredDevice> parseConfig(String collector, byte[] payload, Aead key) throws IOException {
        JsonNode root = JSON.readTree(payload);
        if (root == null || !collector.equals(root.path("collector").asText()) || !root.path("devices").isArray()) {
            throw new IOException("not a device list for collector " + collector);
        }
        List<MonitoredDevice> out = new ArrayList<>();
        for (JsonNode o : root.get("devices")) {
            String id = o.get("id").asText();
            out.add(new MonitoredDevice(id, text(o, "siteId"), null, text(o, "name"), Protocol.snmp, text(o, "host"),
                    o.hasNonNull("port") ? o.get("port").asInt() : null, text(o, "snmpVersion"),
                    open(key, collector, id, "community", text(o, "community")), text(o, "v3User"), text(o, "v3AuthProto"),
                    open(key, collector, id, "v3AuthPass", text(o, "v3AuthPass")), text(o, "v3PrivProto"),
                    open(key, collector, id, "v3PrivPass", text(o, "v3PrivPass")), text(o, "profile"),
                    o.get("intervalS").asInt(), o.get("timeoutMs").asInt(), o.get("retries").asInt(), true));
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }

    /** Bound to collector, device and field: a sealed value copied to another device or collector does not open. */
    private static byte[] context(String collector, String device, String field) {
        return ("dcim-collector/" + collector + "/" + device + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static String seal(Aead key, String collector, String device, String field, String secret) {
        if (secret == null) {
            return null;
        }
        try {
            return Base64.getEncoder().encodeToString(key.encrypt(secret.getBytes(StandardCharsets.UTF_8), context(collector, device, field)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret for collector " + collector, e);
        }
    }

    private static String open(Aead key, String collector, String device, String field, String sealed) throws IOException {
        if (sealed == null) {
            return null;
        }
        try {
            return new String(key.decrypt(Base64.getDecoder().decode(sealed), context(collector, device, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the " + field + " of device " + device + " does not open with this collector's key"
                    + " (is collector-" + collector + ".keyset.json the center's?)", e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.dcim.mqtt.dialect;

import com.google.protobuf.InvalidProtocolBufferException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.eclipse.tahu.protobuf.SparkplugBProto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sparkplug B payloads (Eclipse Tahu's protobuf classes) as the plain structure a dialect's
 * expressions read: {@code {timestamp, seq, metrics: [{name, alias, datatype, value, timestamp}]}}.
 * A birth certificate (NBIRTH/DBIRTH) names the metrics' aliases; later data messages that carry only
 * an alias get their name back here, per edge node or device (at most {@code maxLearned} of them).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SparkplugPayloads {
    private final Map<String, Map<Long, String>> aliases = new ConcurrentHashMap<>();
    private final int maxNodes;

    /** {@code spBv1.0/group/TYPE/edge[/device]}; throws InvalidProtocolBufferException on garbage. */
    Map<String, Object> decode(List<String> topic, byte[] payload) throws InvalidProtocolBufferException {
        SparkplugBProto.Payload p = SparkplugBProto.Payload.parseFrom(payload);
        String type = topic.size() > 2 ? topic.get(2) : "";
        // group/edge node[/device]: the TYPE level is not part of whose aliases these are
        String node = topic.size() < 4 ? String.join("/", topic)
                : topic.get(1) + "/" + topic.get(3) + (topic.size() > 4 ? "/" + topic.get(4) : "");
        boolean birth = type.endsWith("BIRTH");
        Map<Long, String> known = aliases.get(node);
        if (birth) {
            known = new ConcurrentHashMap<>();
            if (aliases.size() < maxNodes || aliases.containsKey(node)) {
                aliases.put(node, known);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (p.hasTimestamp()) {
            out.put("timestamp", p.getTimestamp());
        }
        if (p.hasSeq()) {
            out.put("seq", p.getSeq());
        }
        List<Object> metrics = new ArrayList<>(p.getMetricsCount());
        for (SparkplugBProto.Payload.Metric m : p.getMetricsList()) {
            Map<String, Object> metric = new LinkedHashMap<>();
            String name = m.hasName() ? m.getName() : null;
            if (m.hasAlias()) {
                metric.put("alias", m.getAlias());
                if (name != null && birth) {
                    known.put(m.getAlias(), name);
                } else if (name == null && known != null) {
                    name = known.get(m.getAlias());
                }
            }
            if (name != null) {
                metric.put("name", name);
            }
            SparkplugBProto.DataType type1 = SparkplugBProto.DataType.forNumber(m.getDatatype());
            metric.put("datatype", type1 == null ? "Unknown" : type1.name());
            if (m.hasTimestamp()) {
                metric.put("timestamp", m.getTimestamp());
            }
            if (!(m.hasIsNull() && m.getIsNull())) {
                Object v = value(m, type1);
                if (v != null) {
                    metric.put("value", v);
                }
            }
            metrics.add(metric);
        }
        out.put("metrics", metrics);
        return out;
    }

    private static Object value(SparkplugBProto.Payload.Metric m, SparkplugBProto.DataType type) {
        return switch (m.getValueCase()) {
            case INT_VALUE -> type == SparkplugBProto.DataType.UInt32 ? Integer.toUnsignedLong(m.getIntValue())
                    : type == SparkplugBProto.DataType.Int8 ? (long) (byte) m.getIntValue()
                    : type == SparkplugBProto.DataType.Int16 ? (long) (short) m.getIntValue() : (long) m.getIntValue();
            case LONG_VALUE -> m.getLongValue();
            case FLOAT_VALUE -> (double) m.getFloatValue();
            case DOUBLE_VALUE -> m.getDoubleValue();
            case BOOLEAN_VALUE -> m.getBooleanValue();
            case STRING_VALUE -> m.getStringValue();
            default -> null;
        };
    }
}

package vn.dcim.mqtt.dialect;

import com.google.protobuf.InvalidProtocolBufferException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.eclipse.tahu.protobuf.SparkplugBProto;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sparkplug B payloads (Eclipse Tahu's protobuf classes) as the plain structure a dialect's
 * expressions read: {@code {timestamp, seq, metrics: [{name, alias, datatype, value, timestamp, properties}]}}.
 * A birth certificate (NBIRTH/DBIRTH) names the metrics' aliases and gives their properties (the
 * engineering unit {@code engUnit}, range {@code engLow}/{@code engHigh}); later data messages carry only
 * an alias and the changed value, so both come back here, per edge node or device (at most
 * {@code maxNodes} of them). A new birth (a rebirth) replaces what the previous one taught. Sparkplug 3.0 leaves the
 * datatype out of a data message's metrics (it is the birth's): such a metric is read with the type its birth gave.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SparkplugPayloads {
    /** A property that describes one sample, not the metric: a birth's quality says nothing of later data. */
    private static final String QUALITY = "Quality";
    /** Template members nest; a definition deeper than this is not a device's. */
    private static final int MAX_TEMPLATE_DEPTH = 4;
    /** A DataSet is data from the network: at most this many of its rows are read. */
    private static final int MAX_DATASET_ROWS = 256;

    private record Birth(Map<Long, String> names, Map<String, Map<String, Object>> properties,
                         Map<String, SparkplugBProto.DataType> types) {
        Birth() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private final Map<String, Birth> births = new ConcurrentHashMap<>();
    private final int maxNodes;

    /** {@code spBv1.0/group/TYPE/edge[/device]}; throws InvalidProtocolBufferException on garbage. */
    Map<String, Object> decode(List<String> topic, byte[] payload) throws InvalidProtocolBufferException {
        SparkplugBProto.Payload p = SparkplugBProto.Payload.parseFrom(payload);
        String type = topic.size() > 2 ? topic.get(2) : "";
        // group/edge node[/device]: the TYPE level is not part of whose aliases these are
        String node = topic.size() < 4 ? String.join("/", topic)
                : topic.get(1) + "/" + topic.get(3) + (topic.size() > 4 ? "/" + topic.get(4) : "");
        boolean birth = type.endsWith("BIRTH");
        Birth known = births.get(node);
        if (birth) {
            known = new Birth();
            if (births.size() < maxNodes || births.containsKey(node)) {
                births.put(node, known);
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
            String name = m.hasName() ? m.getName() : null;
            if (m.hasAlias()) {
                if (name != null && birth) {
                    known.names().put(m.getAlias(), name);
                } else if (name == null && known != null) {
                    name = known.names().get(m.getAlias());
                }
            }
            add(metrics, m, name, birth, known, 0);
        }
        out.put("metrics", metrics);
        return out;
    }

    /**
     * One metric, or a template instance's members as metrics of their own named {@code <instance>/<member>}
     * (Ignition sends a UDT so; its data carries the instance's alias and only the changed members).
     * A template definition (a node's {@code _types_}) describes no device and gives nothing.
     */
    private static void add(List<Object> metrics, SparkplugBProto.Payload.Metric m, String name, boolean birth,
                            Birth known, int depth) {
        SparkplugBProto.DataType type = type(m, name, birth, known);
        if (m.hasDatasetValue()) {
            if (name != null) {
                dataset(metrics, m, name);
            }
            return;
        }
        if (m.hasTemplateValue()) {
            SparkplugBProto.Payload.Template t = m.getTemplateValue();
            if ((t.hasIsDefinition() && t.getIsDefinition()) || name == null || depth >= MAX_TEMPLATE_DEPTH) {
                return;
            }
            for (SparkplugBProto.Payload.Metric member : t.getMetricsList()) {
                if (member.hasName()) {
                    SparkplugBProto.Payload.Metric timed = member.hasTimestamp() || !m.hasTimestamp() ? member
                            : member.toBuilder().setTimestamp(m.getTimestamp()).build();
                    add(metrics, timed, name + "/" + member.getName(), birth, known, depth + 1);
                }
            }
            return;
        }
        Map<String, Object> metric = new LinkedHashMap<>();
        if (m.hasAlias()) {
            metric.put("alias", m.getAlias());
        }
        if (name != null) {
            metric.put("name", name);
        }
        metric.put("datatype", type == null ? "Unknown" : type.name());
        if (m.hasTimestamp()) {
            metric.put("timestamp", m.getTimestamp());
        }
        if (!(m.hasIsNull() && m.getIsNull())) {
            Object v = value(m, type);
            if (v != null) {
                metric.put("value", v);
            }
        }
        Map<String, Object> own = m.hasProperties() ? properties(m.getProperties(), 0) : Map.of();
        Map<String, Object> props = new LinkedHashMap<>();
        if (name != null && known != null) {
            if (birth) {
                Map<String, Object> lasting = new LinkedHashMap<>(own);
                lasting.remove(QUALITY);
                if (!lasting.isEmpty()) {
                    known.properties().put(name, lasting);
                }
            } else {
                props.putAll(known.properties().getOrDefault(name, Map.of()));
            }
        }
        props.putAll(own);
        if (!props.isEmpty()) {
            metric.put("properties", props);
        }
        metrics.add(metric);
    }

    /** The metric's own datatype; in data without one (Sparkplug 3.0), the one its birth gave; a birth's is kept. */
    private static SparkplugBProto.DataType type(SparkplugBProto.Payload.Metric m, String name, boolean birth, Birth known) {
        SparkplugBProto.DataType type = SparkplugBProto.DataType.forNumber(m.getDatatype());
        boolean sent = type != null && type != SparkplugBProto.DataType.Unknown;
        if (name == null || known == null) {
            return type;
        }
        if (birth && sent) {
            known.types().put(name, type);
        }
        return sent || birth ? type : known.types().getOrDefault(name, type);
    }

    /**
     * A DataSet (a table: an Ignition dataset tag, a PDU's outlets) as one metric a numeric or boolean cell, named
     * {@code <metric>/<row>/<column>}: the row by its first text column when it has one (an outlet's label),
     * else by its number from 1, so that the column's name says the quantity as a member's name does.
     */
    private static void dataset(List<Object> metrics, SparkplugBProto.Payload.Metric m, String name) {
        SparkplugBProto.Payload.DataSet d = m.getDatasetValue();
        int columns = Math.min(d.getColumnsCount(), d.getTypesCount());
        int label = -1;
        for (int j = 0; j < columns && label < 0; j++) {
            if (d.getTypes(j) == SparkplugBProto.DataType.String.getNumber()) {
                label = j;
            }
        }
        int rows = Math.min(d.getRowsCount(), MAX_DATASET_ROWS);
        for (int i = 0; i < rows; i++) {
            SparkplugBProto.Payload.DataSet.Row row = d.getRows(i);
            String rowName = label >= 0 && label < row.getElementsCount() && row.getElements(label).hasStringValue()
                    && !row.getElements(label).getStringValue().isBlank() ? row.getElements(label).getStringValue() : String.valueOf(i + 1);
            for (int j = 0; j < columns && j < row.getElementsCount(); j++) {
                SparkplugBProto.DataType type = SparkplugBProto.DataType.forNumber(d.getTypes(j));
                Object v = cell(row.getElements(j), type);
                if (j == label || v == null) {
                    continue;
                }
                Map<String, Object> metric = new LinkedHashMap<>();
                metric.put("name", name + "/" + rowName + "/" + d.getColumns(j));
                metric.put("datatype", type.name());
                if (m.hasTimestamp()) {
                    metric.put("timestamp", m.getTimestamp());
                }
                metric.put("value", v);
                metrics.add(metric);
            }
        }
    }

    /** A DataSet's cell of a number or boolean type; text, dates and unknown types give nothing. */
    private static Object cell(SparkplugBProto.Payload.DataSet.DataSetValue v, SparkplugBProto.DataType type) {
        if (type == null) {
            return null;
        }
        return switch (v.getValueCase()) {
            case INT_VALUE -> integer(v.getIntValue(), type);
            case LONG_VALUE -> type == SparkplugBProto.DataType.DateTime ? null
                    : type == SparkplugBProto.DataType.UInt64 ? unsigned(v.getLongValue()) : v.getLongValue();
            case FLOAT_VALUE -> decimal(v.getFloatValue());
            case DOUBLE_VALUE -> v.getDoubleValue();
            case BOOLEAN_VALUE -> v.getBooleanValue();
            default -> null;
        };
    }

    /** A property set as {key: value}; nested sets (at most two levels) as objects, a list of sets as a list. */
    private static Map<String, Object> properties(SparkplugBProto.Payload.PropertySet set, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        int n = Math.min(set.getKeysCount(), set.getValuesCount());
        for (int i = 0; i < n; i++) {
            SparkplugBProto.Payload.PropertyValue v = set.getValues(i);
            if (v.hasIsNull() && v.getIsNull()) {
                continue;
            }
            SparkplugBProto.DataType type = SparkplugBProto.DataType.forNumber(v.getType());
            Object value = switch (v.getValueCase()) {
                case INT_VALUE -> integer(v.getIntValue(), type);
                case LONG_VALUE -> type == SparkplugBProto.DataType.UInt64 ? unsigned(v.getLongValue()) : v.getLongValue();
                case FLOAT_VALUE -> decimal(v.getFloatValue());
                case DOUBLE_VALUE -> v.getDoubleValue();
                case BOOLEAN_VALUE -> v.getBooleanValue();
                case STRING_VALUE -> v.getStringValue();
                case PROPERTYSET_VALUE -> depth < 2 ? properties(v.getPropertysetValue(), depth + 1) : null;
                default -> null;
            };
            if (value != null) {
                out.put(set.getKeys(i), value);
            }
        }
        return out;
    }

    private static Object value(SparkplugBProto.Payload.Metric m, SparkplugBProto.DataType type) {
        return switch (m.getValueCase()) {
            case INT_VALUE -> integer(m.getIntValue(), type);
            case LONG_VALUE -> type == SparkplugBProto.DataType.UInt64 ? unsigned(m.getLongValue()) : m.getLongValue();
            case FLOAT_VALUE -> decimal(m.getFloatValue());
            case DOUBLE_VALUE -> m.getDoubleValue();
            case BOOLEAN_VALUE -> m.getBooleanValue();
            case STRING_VALUE -> m.getStringValue();
            default -> null;
        };
    }

    /** int_value holds every integer type up to 32 bits; the signed ones are sign-extended or not, as the sender chose. */
    private static Object integer(int raw, SparkplugBProto.DataType type) {
        if (type == null) {
            return (long) raw;
        }
        return switch (type) {
            case UInt32 -> Integer.toUnsignedLong(raw);
            case Int8 -> (long) (byte) raw;
            case Int16 -> (long) (short) raw;
            case UInt8 -> (long) (raw & 0xFF);
            case UInt16 -> (long) (raw & 0xFFFF);
            default -> (long) raw;
        };
    }

    /** A UInt64 above 2^63 arrives as a negative long. */
    private static Object unsigned(long raw) {
        return raw >= 0 ? raw : new BigDecimal(Long.toUnsignedString(raw)).doubleValue();
    }

    /** A Float as the decimal the device meant (49.98, not 49.979999542236328). */
    private static double decimal(float f) {
        return Double.parseDouble(Float.toString(f));
    }
}

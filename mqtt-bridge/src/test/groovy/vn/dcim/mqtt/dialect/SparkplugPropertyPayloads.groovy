package vn.dcim.mqtt.dialect

import org.eclipse.tahu.protobuf.SparkplugBProto.DataType
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload.Metric
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload.PropertySet
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload.PropertyValue
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload.Template

import java.time.Instant

/**
 * How the payloadBase64 of the metric-property vectors of dialects/vectors/sparkplug-b.jsonl were made
 * (an Ignition Edge node's tags with engUnit/engLow/engHigh/Quality, a PLC gateway, a UDT instance).
 * Not a spec; part of SparkplugVectorPayloads.
 */
class SparkplugPropertyPayloads {
    static long t(String iso) { Instant.parse(iso).toEpochMilli() }

    static PropertySet props(Object... kv) {
        def b = PropertySet.newBuilder()
        for (int i = 0; i < kv.length; i += 2) {
            b.addKeys(kv[i] as String)
            def v = kv[i + 1]
            def p = PropertyValue.newBuilder()
            switch (v) {
                case String: p.setType(DataType.String.number).setStringValue(v as String); break
                case Float: p.setType(DataType.Float.number).setFloatValue(v as float); break
                case Integer: p.setType(DataType.Int32.number).setIntValue(v as int); break
            }
            b.addValues(p)
        }
        b.build()
    }

    static Metric.Builder m(String name, Long alias, DataType type, Object v) {
        def b = Metric.newBuilder()
        if (name != null) b.setName(name)
        if (alias != null) b.setAlias(alias)
        b.setDatatype(type.number)
        switch (v) {
            case null: b.setIsNull(true); break
            case Template: b.setTemplateValue(v as Template); break
            default: typed(b, v)
        }
        b
    }

    /**
     * Sets a plain value on any Sparkplug builder that holds one (a metric, a DataSet's cell), by its Java type;
     * the builders share the setters' names but no type.
     */
    static <B> B typed(B b, Object v) {
        switch (v) {
            case Float: b.setFloatValue(v as float); break
            case Double: b.setDoubleValue(v as double); break
            case Integer: b.setIntValue(v as int); break
            case Long: b.setLongValue(v as long); break
            case Boolean: b.setBooleanValue(v as boolean); break
            case String: b.setStringValue(v as String); break
        }
        b
    }

    static Payload p(String iso, long seq, List<Metric.Builder> metrics) {
        def b = Payload.newBuilder().setTimestamp(t(iso)).setSeq(seq)
        metrics.each { b.addMetrics(it) }
        b.build()
    }

    static Map<String, Payload> payloads() {
        def rackMember = { String n, Object v, String u -> m(n, null, v instanceof String ? DataType.String : DataType.Float, v).with { u ? it.setProperties(props('engUnit', u)) : it } }
        [IGN_NBIRTH: p('2026-03-02T01:00:00Z', 0, [
                m('bdSeq', null, DataType.Int64, 3L),
                m('Node Control/Rebirth', null, DataType.Boolean, false),
                m('Chiller 2/Supply Temp', 10L, DataType.Float, 7.25f).setProperties(props('engUnit', '°C', 'engLow', 0f, 'engHigh', 30f, 'Quality', 192)),
                m('Chiller 2/Return Temp', 11L, DataType.Float, 54.5f).setProperties(props('engUnit', '°F', 'engLow', 32f, 'engHigh', 120f)),
                m('Chiller 2/Flow', 12L, DataType.Float, 41.5f).setProperties(props('engUnit', 'm3/h', 'engLow', 0f, 'engHigh', 120f)),
                m('Chiller 2/Compressor Load', 13L, DataType.UInt16, 62).setProperties(props('engUnit', '%')),
                m('Switchboard/MSB-1 Active Power', 14L, DataType.Double, 186.4d).setProperties(props('engUnit', 'kW')),
                m('Switchboard/MSB-1 Energy', 15L, DataType.Double, 1520334.5d).setProperties(props('engUnit', 'kWh')),
                m('Switchboard/MSB-1 Frequency', 16L, DataType.Float, 49.98f).setProperties(props('engUnit', 'Hz')),
                m('Switchboard/MSB-1 L1-N', 17L, DataType.Float, 229.5f).setProperties(props('engUnit', 'V')),
                m('Switchboard/MSB-1 I1', 18L, DataType.Float, 265.0f).setProperties(props('engUnit', 'A')),
                m('Diagnostics/Last Sync', 19L, DataType.DateTime, t('2026-03-02T00:59:30Z')),
                m('Diagnostics/Firmware', 20L, DataType.String, '8.1.42'),
                m('Diagnostics/Run Hours', 21L, DataType.UInt32, (int) 3000000000L).setProperties(props('engUnit', 'h'))]),
         IGN_NDATA: p('2026-03-02T01:01:00Z', 1, [
                 m(null, 10L, DataType.Float, 7.75f),
                 m(null, 11L, DataType.Float, 57.2f),
                 m(null, 14L, DataType.Double, 0.2025d).setProperties(props('engUnit', 'MW'))]),
         IGN_NDATA_NULL: p('2026-03-02T01:02:00Z', 2, [
                 m(null, 10L, DataType.Float, null),
                 m(null, 11L, DataType.Float, 58.1f).setProperties(props('Quality', 500)),
                 m(null, 17L, DataType.Float, 0f).setProperties(props('Quality', 0)),
                 m(null, 18L, DataType.Float, 270.5f).setProperties(props('Quality', 192))]),
         IGN_REBIRTH: p('2026-03-02T01:05:00Z', 0, [
                 m('bdSeq', null, DataType.Int64, 4L),
                 m('Chiller 2/Supply Temp', 30L, DataType.Float, 7.5f).setProperties(props('engUnit', '°C')),
                 m('Chiller 2/Return Temp', 10L, DataType.Float, 13.0f).setProperties(props('engUnit', '°C'))]),
         IGN_NDATA2: p('2026-03-02T01:06:00Z', 1, [
                 m(null, 10L, DataType.Float, 13.5f), m(null, 30L, DataType.Float, 8.0f), m(null, 11L, DataType.Float, 99f)]),
         PLC_DBIRTH: p('2026-03-02T02:00:00Z', 5, [
                 m('AI/Outdoor Air', null, DataType.Int16, -3).setProperties(props('engUnit', 'degC')),
                 m('AI/Hot Aisle', null, DataType.Int8, 35).setProperties(props('engUnit', 'degC')),
                 m('AI/RH', null, DataType.UInt8, 46).setProperties(props('engUnit', '%RH')),
                 m('DI/Door Open', null, DataType.Boolean, false),
                 m('Counters/Pulses', null, DataType.UInt64, Long.parseUnsignedLong('9300000000000000000'))]),
         PLC_DDATA: p('2026-03-02T02:00:10Z', 6, [
                 m('AI/Outdoor Air', null, DataType.Int16, -2), m('AI/RH', null, DataType.UInt8, 48)]),
         UDT_NBIRTH: p('2026-03-02T03:00:00Z', 0, [
                 m('bdSeq', null, DataType.Int64, 0L),
                 m('_types_/RackSensor', null, DataType.Template, Template.newBuilder().setIsDefinition(true)
                         .addMetrics(m('Inlet', null, DataType.Float, 0f).setProperties(props('engUnit', '°C'))).build()),
                 m('Gateway/CPU Temperature', 1L, DataType.Float, 51.0f).setProperties(props('engUnit', '°C'))]),
         UDT_DBIRTH: p('2026-03-02T03:00:01Z', 2, [
                 m('Racks/R07', 40L, DataType.Template, Template.newBuilder().setTemplateRef('RackSensor').setIsDefinition(false)
                         .addMetrics(rackMember('Inlet', 24.5f, '°C')).addMetrics(rackMember('Humidity', 44.0f, '%'))
                         .addMetrics(rackMember('Serial', 'RS-0042', null)).build())]),
         UDT_DDATA: p('2026-03-02T03:00:30Z', 3, [
                 m(null, 40L, DataType.Template, Template.newBuilder().setTemplateRef('RackSensor').setIsDefinition(false)
                         .addMetrics(m('Inlet', null, DataType.Float, 25.0f)).build())])]
    }
}

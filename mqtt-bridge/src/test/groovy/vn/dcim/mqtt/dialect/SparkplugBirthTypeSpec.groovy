package vn.dcim.mqtt.dialect

import org.eclipse.tahu.protobuf.SparkplugBProto.DataType
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload
import spock.lang.Specification

/**
 * Sparkplug 3.0 leaves the datatype out of a data message's metrics: the birth gave it. Such a metric is read with the
 * birth's type (an Int16 sent as 16 bits is below zero, a UInt32 above 2^31 is not); a metric that sends its own type
 * keeps it, and a node whose birth was not heard has none to lend.
 */
class SparkplugBirthTypeSpec extends Specification {
    static final List<String> NBIRTH = ['spBv1.0', 'dc', 'NBIRTH', 'gw']
    static final List<String> NDATA = ['spBv1.0', 'dc', 'NDATA', 'gw']

    static byte[] birth(DataType type, Closure<Payload.Metric.Builder> value) {
        Payload.newBuilder().setTimestamp(1L).addMetrics(value(Payload.Metric.newBuilder().setName('Tag').setAlias(7)
                .setDatatype(type.number))).build().toByteArray()
    }

    /** Data by alias; the datatype only when {@code type} is given. */
    static byte[] data(DataType type, Closure<Payload.Metric.Builder> value) {
        def m = Payload.Metric.newBuilder().setAlias(7)
        if (type != null) {
            m.setDatatype(type.number)
        }
        Payload.newBuilder().setTimestamp(2L).addMetrics(value(m)).build().toByteArray()
    }

    static Map<String, Object> read(SparkplugPayloads payloads, byte[] bytes) {
        (payloads.decode(NDATA, bytes).metrics as List<Map<String, Object>>)[0]
    }

    def "data without a datatype is read with its birth's: #type"() {
        given:
        SparkplugPayloads payloads = new SparkplugPayloads(10)
        payloads.decode(NBIRTH, birth(type, set))

        when:
        def m = read(payloads, data(null, set))

        then:
        m.name == 'Tag'
        m.datatype == type.name()
        m.value == expected

        where:
        type             | set                                         || expected
        DataType.Float   | { it.setFloatValue(23.75f) }                || 23.75
        DataType.Int16   | { it.setIntValue(0xFFFB) }                  || -5L
        DataType.UInt32  | { it.setIntValue((int) 3000000000L) }       || 3000000000L
        DataType.Boolean | { it.setBooleanValue(true) }                || true
    }

    def "a datatype the data sends is its own"() {
        given:
        SparkplugPayloads payloads = new SparkplugPayloads(10)
        payloads.decode(NBIRTH, birth(DataType.Int16, { it.setIntValue(1) }))

        expect:
        read(payloads, data(DataType.UInt16, { it.setIntValue(0xFFFB) })).with { [datatype, value] } == ['UInt16', 65531L]
    }

    def "without a birth heard, data without a datatype stays untyped"() {
        expect:
        read(new SparkplugPayloads(10), data(null, { it.setFloatValue(1.5f) })).datatype == 'Unknown'
    }
}

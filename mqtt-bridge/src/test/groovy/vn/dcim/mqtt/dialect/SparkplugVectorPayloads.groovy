package vn.dcim.mqtt.dialect

import org.eclipse.tahu.protobuf.SparkplugBProto.DataType
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload

/**
 * How the payloadBase64 of dialects/vectors/sparkplug-b.jsonl were made: Tahu's own builders, as an
 * edge node (Sparkplug 3.0, section 6.4) sends them. Not a spec; run its main to print them again.
 */
class SparkplugVectorPayloads {
    /** A metric as an edge node sends it: no alias below 0, no timestamp when {@code ts} is null. */
    static Payload.Metric metric(String name, long alias, DataType t, Object v, Long ts) {
        def b = SparkplugPropertyPayloads.m(name, alias >= 0 ? alias : null, t, v)
        if (ts != null) b.setTimestamp(ts)
        b.build()
    }

    static Map<String, Payload> payloads() {
        long t = 1700000000000L
        [NBIRTH     : Payload.newBuilder().setTimestamp(t).setSeq(0)
                .addMetrics(metric('bdSeq', 0, DataType.Int64, 0L, t))
                .addMetrics(metric('Node Control/Rebirth', 1, DataType.Boolean, false, t))
                .addMetrics(metric('Inputs/Temperature', 2, DataType.Float, 23.5f, t))
                .addMetrics(metric('Inputs/Humidity', 3, DataType.Double, 48.25d, t))
                .addMetrics(metric('Properties/Hardware Make', 4, DataType.String, 'Opto22', t))
                .addMetrics(metric('Inputs/Leak', 5, DataType.Boolean, false, t)).build(),
         NDATA_ALIAS: Payload.newBuilder().setTimestamp(t + 60000).setSeq(1)
                 .addMetrics(metric(null, 2, DataType.Float, 24.0f, t + 60000))
                 .addMetrics(metric(null, 5, DataType.Boolean, true, t + 60000)).build(),
         DBIRTH     : Payload.newBuilder().setTimestamp(t).setSeq(2)
                 .addMetrics(metric('UPS/Output Voltage', 10, DataType.UInt32, 230, t))
                 .addMetrics(metric('UPS/Battery Charge', 11, DataType.Int16, 97, t)).build(),
         DDATA_NAMED: Payload.newBuilder().setTimestamp(t + 120000).setSeq(3)
                 .addMetrics(metric('UPS/Output Voltage', -1, DataType.UInt32, 228, null)).build(),
         NDEATH     : Payload.newBuilder().setTimestamp(t + 180000)
                 .addMetrics(metric('bdSeq', -1, DataType.Int64, 0L, null)).build(),
         DDEATH     : Payload.newBuilder().setTimestamp(t + 180000).setSeq(4).build()] + SparkplugPropertyPayloads.payloads() + SparkplugDataSetPayloads.payloads() +
                SparkplugEdgePayloads.payloads() + SparkplugFieldPayloads.payloads()
    }

    static void main(String[] args) {
        payloads().each { k, p -> println "$k ${Base64.encoder.encodeToString(p.toByteArray())}" }
    }
}

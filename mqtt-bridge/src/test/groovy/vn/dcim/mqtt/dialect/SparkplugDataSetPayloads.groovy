package vn.dcim.mqtt.dialect

import org.eclipse.tahu.protobuf.SparkplugBProto.DataType
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload.DataSet
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload.Metric

import java.time.Instant

/**
 * How the payloadBase64 of the DataSet and command vectors of dialects/vectors/sparkplug-b.jsonl were made
 * (a PDU gateway's outlet table, Sparkplug 3.0 section 6.4.9; a host's Rebirth command, a device command).
 * Not a spec; part of SparkplugVectorPayloads.
 */
class SparkplugDataSetPayloads {
    static DataSet table(List<String> columns, List<DataType> types, List<List<Object>> rows) {
        def d = DataSet.newBuilder().setNumOfColumns(columns.size()).addAllColumns(columns)
        types.each { d.addTypes(it.number) }
        rows.each { r ->
            d.addRows(DataSet.Row.newBuilder().addAllElements(r.collect { v ->
                SparkplugPropertyPayloads.typed(DataSet.DataSetValue.newBuilder(), v).build()
            }))
        }
        d.build()
    }

    static Metric dataset(String name, long alias, long ts, DataSet d) {
        def b = Metric.newBuilder().setTimestamp(ts).setDatatype(DataType.DataSet.number).setDatasetValue(d)
        if (name != null) b.setName(name)
        if (alias >= 0) b.setAlias(alias)
        b.build()
    }

    static Map<String, Payload> payloads() {
        long t = Instant.parse('2026-09-02T00:00:00Z').toEpochMilli()
        List<String> outlets = ['Outlet', 'Current', 'Power']
        List<DataType> types = [DataType.String, DataType.Float, DataType.Double]
        def m = SparkplugVectorPayloads.&metric
        [DATASET_BIRTH: Payload.newBuilder().setTimestamp(t).setSeq(0)
                .addMetrics(m('bdSeq', -1, DataType.Int64, 0L, t))
                .addMetrics(m('Node Control/Rebirth', 1, DataType.Boolean, false, t))
                .addMetrics(m('PDU A/Input Voltage', 2, DataType.Float, 229.5f, t))
                .addMetrics(dataset('PDU A/Outlets', 3, t, table(outlets, types, [['A1', 1.25f, 287.5d], ['A2', 0.5f, 114.0d]]))).build(),
         DATASET_ALIAS: Payload.newBuilder().setTimestamp(t + 60000).setSeq(1)
                 .addMetrics(dataset(null, 3, t + 60000, table(outlets, types, [['A1', 1.5f, 345.0d], ['A2', 0.25f, 57.5d]]))).build(),
         DATASET_ROWS : Payload.newBuilder().setTimestamp(t + 120000).setSeq(2)
                 .addMetrics(dataset('Feeds/Branch Currents', -1, t + 120000,
                         table(['Current', 'Load'], [DataType.Float, DataType.Int32], [[12.5f, 41], [9.75f, 32]]))).build(),
         NCMD         : Payload.newBuilder().setTimestamp(t + 130000)
                 .addMetrics(m('Node Control/Rebirth', -1, DataType.Boolean, true, t + 130000)).build(),
         DCMD         : Payload.newBuilder().setTimestamp(t + 140000)
                 .addMetrics(m('Outputs/Fan', -1, DataType.Boolean, true, t + 140000)).build()]
    }
}

package vn.dcim.mqtt.dialect

import org.eclipse.tahu.protobuf.SparkplugBProto.DataType
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload
import spock.lang.Specification

/**
 * A Sparkplug DataSet metric (a table of columns, types and rows) read as one metric a numeric or boolean cell,
 * named {@code <metric>/<row>/<column>}; a table from the network that is long, ragged or typed oddly is read as
 * far as it holds, never an exception.
 */
class SparkplugDataSetSpec extends Specification {
    static final List<String> NBIRTH = ['spBv1.0', 'dc', 'NBIRTH', 'gw']

    static byte[] payload(List<String> columns, List<DataType> types, List<List<Object>> rows) {
        Payload.newBuilder().setTimestamp(1L).addMetrics(Payload.Metric.newBuilder().setName('PDU/Outlets').setAlias(3)
                .setDatatype(DataType.DataSet.number).setDatasetValue(SparkplugDataSetPayloads.table(columns, types, rows)))
                .build().toByteArray()
    }

    static List<List<Object>> cells(byte[] bytes) {
        (new SparkplugPayloads(10).decode(NBIRTH, bytes).metrics as List<Map<String, Object>>).collect { [it.name, it.value] }
    }

    def "a DataSet's cells are metrics: #what"() {
        expect:
        cells(payload(columns, types, rows)) == expected

        where:
        what                                   | columns                      | types                                               | rows                          || expected
        'rows named by their text column'      | ['Outlet', 'Current']        | [DataType.String, DataType.Float]                   | [['A1', 1.5f], ['A2', 0.25f]] || [['PDU/Outlets/A1/Current', 1.5d], ['PDU/Outlets/A2/Current', 0.25d]]
        'rows numbered without one'            | ['Current', 'Load']          | [DataType.Double, DataType.Int32]                   | [[2.5d, 41]]                  || [['PDU/Outlets/1/Current', 2.5d], ['PDU/Outlets/1/Load', 41L]]
        'a blank label: the row number'        | ['Outlet', 'Current']        | [DataType.String, DataType.Float]                   | [[' ', 1.5f]]                 || [['PDU/Outlets/1/Current', 1.5d]]
        'dates and a second text give nothing' | ['Outlet', 'Seen', 'Note']   | [DataType.String, DataType.DateTime, DataType.String] | [['A1', 1700000000000L, 'ok']] || []
        'a boolean cell is kept'               | ['Outlet', 'Tripped']        | [DataType.String, DataType.Boolean]                 | [['A1', true]]                || [['PDU/Outlets/A1/Tripped', true]]
        'a short row: what it holds'           | ['Outlet', 'Current', 'Power'] | [DataType.String, DataType.Float, DataType.Double] | [['A1', 1.5f]]                || [['PDU/Outlets/A1/Current', 1.5d]]
        'fewer types than columns'             | ['Current', 'Power']         | [DataType.Float]                                    | [[1.5f, 300d]]                || [['PDU/Outlets/1/Current', 1.5d]]
        'a type of no known number'            | ['Current']                  | []                                                  | [[1.5f]]                      || []
    }

    def "a DataSet of more rows than 256 reads the first 256"() {
        when:
        List<List<Object>> read = cells(payload(['Current'], [DataType.Float], (1..300).collect { [it as float] }))

        then:
        read.size() == 256
        read.last() == ['PDU/Outlets/256/Current', 256d]
    }

    def "data by alias names the DataSet as its birth did"() {
        given:
        SparkplugPayloads payloads = new SparkplugPayloads(10)
        payloads.decode(NBIRTH, payload(['Current'], [DataType.Float], [[1.5f]]))
        def d = SparkplugDataSetPayloads.table(['Current'], [DataType.Float], [[2.5f]])
        byte[] data = Payload.newBuilder().setTimestamp(2L).addMetrics(Payload.Metric.newBuilder().setAlias(3)
                .setDatatype(DataType.DataSet.number).setDatasetValue(d)).build().toByteArray()

        expect:
        (payloads.decode(['spBv1.0', 'dc', 'NDATA', 'gw'], data).metrics as List<Map<String, Object>>)
                .collect { [it.name, it.value] } == [['PDU/Outlets/1/Current', 2.5d]]
    }
}

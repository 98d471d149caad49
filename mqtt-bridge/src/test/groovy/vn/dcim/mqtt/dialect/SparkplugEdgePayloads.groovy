package vn.dcim.mqtt.dialect

import org.eclipse.tahu.protobuf.SparkplugBProto.DataType
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload

import static vn.dcim.mqtt.dialect.SparkplugPropertyPayloads.m
import static vn.dcim.mqtt.dialect.SparkplugPropertyPayloads.p
import static vn.dcim.mqtt.dialect.SparkplugPropertyPayloads.props
import static vn.dcim.mqtt.dialect.SparkplugPropertyPayloads.t

/**
 * How the payloads of other edge nodes in dialects/vectors/sparkplug-b.jsonl were made (Tahu's builders): a Node-RED
 * node (mqtt-sparkplug-plus), an Ignition MQTT Transmission meter with historical data, a CRAC's setpoints and
 * limits, a PLC's abbreviated tag names, binary inputs, lux and air pressure, a transient metric.
 */
class SparkplugEdgePayloads {
    static Map<String, Payload> payloads() {
        def at = '2026-03-02T01:00:00Z'
        [NODERED_DBIRTH: p(at, 1, [
                m('Inlet Temp', 1L, DataType.Float, 23.5f).setProperties(props('engUnit', '°C')),
                m('Humidity', 2L, DataType.Float, 41.25f).setProperties(props('engUnit', '%')),
                m('Door Open', 3L, DataType.Boolean, true),
                m('Firmware', 4L, DataType.String, '1.4.2'),
                m('Last Service', 5L, DataType.DateTime, t(at) - 86400000L)]),
         METER_NBIRTH: p(at, 0, [
                 m('bdSeq', null, DataType.Int64, 3L),
                 m('Node Control/Rebirth', null, DataType.Boolean, false),
                 m('MSB-2/Active Power', 10L, DataType.Float, 184.5f).setProperties(props('engUnit', 'kW', 'engLow', 0f, 'engHigh', 500f, 'Quality', 192)),
                 m('MSB-2/Apparent Power', 11L, DataType.Float, 196.25f).setProperties(props('engUnit', 'kVA', 'Quality', 192)),
                 m('MSB-2/Reactive Power', 12L, DataType.Float, -62.5f).setProperties(props('engUnit', 'kvar', 'Quality', 192)),
                 m('MSB-2/Import Energy', 13L, DataType.Double, 2045511.5d).setProperties(props('engUnit', 'kWh', 'Quality', 192)),
                 m('MSB-2/Frequency', 14L, DataType.Float, 50.0f).setProperties(props('engUnit', 'Hz', 'Quality', 192)),
                 m('MSB-2/Power Factor', 15L, DataType.Float, 0.875f).setProperties(props('Quality', 192))]),
         METER_NDATA_HISTORICAL: Payload.newBuilder().setTimestamp(t(at) + 60000).setSeq(1)
                 .addMetrics(m(null, 10L, DataType.Float, 190.0f).setTimestamp(t(at) + 60000))
                 .addMetrics(m(null, 14L, DataType.Float, 49.875f).setTimestamp(t(at) + 30000).setIsHistorical(true)).build(),
         CRAC_DBIRTH: p(at, 2, [
                 m('Return Air Temp', 1L, DataType.Float, 27.5f).setProperties(props('engUnit', '°C')),
                 m('Supply Air Temp', 2L, DataType.Float, 18.25f).setProperties(props('engUnit', '°C')),
                 m('Return Air Temp Setpoint', 3L, DataType.Float, 26.0f).setProperties(props('engUnit', '°C')),
                 m('High Temp Alarm Limit', 4L, DataType.Float, 32.0f).setProperties(props('engUnit', '°C')),
                 m('Humidity Low Limit', 5L, DataType.Float, 30.0f).setProperties(props('engUnit', '%')),
                 m('Fan Speed', 6L, DataType.Float, 72.5f).setProperties(props('engUnit', '%'))]),
         PLC_ABBREVIATED: p(at, 5, [
                 m('AHU1_Temp', null, DataType.Float, 21.5f), m('AHU1/RH', null, DataType.Float, 48.5f),
                 m('Zone Hum', null, DataType.Int16, 52), m('Template Count', null, DataType.Int32, 3)]),
         BINARY_INPUTS: p(at, 7, [
                 m('Water Leak', null, DataType.Boolean, true), m('Smoke Detected', null, DataType.Boolean, false),
                 m('Motion', null, DataType.Boolean, true), m('Rear Door Open', null, DataType.Boolean, false),
                 m('General Alarm', null, DataType.Boolean, true), m('Inlet Temp High', null, DataType.Boolean, true),
                 m('Battery Low', null, DataType.Boolean, false)]),
         ENV_DBIRTH: p(at, 8, [
                 m('Light', 1L, DataType.Float, 320.0f).setProperties(props('engUnit', 'lux')),
                 m('Baro', 2L, DataType.Float, 1013.25f).setProperties(props('engUnit', 'hPa')),
                 m('Pressure', 3L, DataType.Float, 1008.5f).setProperties(props('engUnit', 'mbar')),
                 m('CO2', 4L, DataType.Int32, 612).setProperties(props('engUnit', 'ppm'))]),
         PDU_TRANSIENT: p(at, 9, [
                 m('Outlet 3/Power', null, DataType.Float, 412.5f).setIsTransient(true).setProperties(props('engUnit', 'W')),
                 m('Outlet 3/Energy', null, DataType.Int64, 987654321L).setProperties(props('engUnit', 'Wh'))])]
    }
}

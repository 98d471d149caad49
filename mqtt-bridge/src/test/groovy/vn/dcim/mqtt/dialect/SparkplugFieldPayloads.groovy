package vn.dcim.mqtt.dialect

import org.eclipse.tahu.protobuf.SparkplugBProto.DataType
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload

import static vn.dcim.mqtt.dialect.SparkplugPropertyPayloads.m
import static vn.dcim.mqtt.dialect.SparkplugPropertyPayloads.props

/**
 * How the payloads of the vectors of other edge nodes and firmware in dialects/vectors/sparkplug-b.jsonl were made
 * (Tahu's builders): an Opto22 groov RIO node (°F, a negative Int32, %RH, a DateTime, a text) and a power meter behind
 * it (mA, kW below zero, a UInt32 above 2^31, kPa, is_null), an Ignition Edge CRAH (UInt16, UInt8, flags, Quality),
 * a Sparkplug 2.2 PLC gateway without aliases (Int16 below zero, MW, mV, is_historical), a CRAC's setpoint in °F, data without
 * datatypes (Sparkplug 3.0) after a birth that gave them; temperature scales as tag editors type them.
 * Not a spec; part of SparkplugVectorPayloads.
 */
class SparkplugFieldPayloads {
    static Map<String, Payload> payloads() {
        long t = 1717200000000L
        [RIO_NBIRTH: Payload.newBuilder().setTimestamp(t).setSeq(0)
                .addMetrics(m('bdSeq', null, DataType.Int64, 0L).setTimestamp(t))
                .addMetrics(m('Node Control/Rebirth', 1L, DataType.Boolean, false).setTimestamp(t))
                .addMetrics(m('Inputs/Room Temp', 2L, DataType.Float, 77.0f).setTimestamp(t).setProperties(props('engUnit', '°F')))
                .addMetrics(m('Inputs/Freezer Temp', 3L, DataType.Int32, -18).setTimestamp(t).setProperties(props('engUnit', '°C')))
                .addMetrics(m('Inputs/Room Humidity', 4L, DataType.Double, 55.5d).setTimestamp(t).setProperties(props('engUnit', '%RH')))
                .addMetrics(m('Info/Last Boot', 5L, DataType.DateTime, t - 3600000L).setTimestamp(t))
                .addMetrics(m('Info/Firmware', 6L, DataType.String, 'R3.2a').setTimestamp(t)).build(),
         RIO_NDATA: Payload.newBuilder().setTimestamp(t + 60000).setSeq(1)
                 .addMetrics(m(null, 2L, DataType.Float, 86.0f).setTimestamp(t + 59000))
                 .addMetrics(m(null, 3L, DataType.Int32, -20).setTimestamp(t + 59500)).build(),
         METER_DBIRTH: Payload.newBuilder().setTimestamp(t + 1000).setSeq(2)
                 .addMetrics(m('Leakage Current', 10L, DataType.Float, 350.0f).setTimestamp(t + 1000).setProperties(props('engUnit', 'mA')))
                 .addMetrics(m('Active Power', 11L, DataType.Int64, -5L).setTimestamp(t + 1000).setProperties(props('engUnit', 'kW')))
                 .addMetrics(m('Energy Import', 12L, DataType.UInt32, (int) 3000000000L).setTimestamp(t + 1000).setProperties(props('engUnit', 'Wh')))
                 .addMetrics(m('Barometric Pressure', 13L, DataType.Float, 101.3f).setTimestamp(t + 1000).setProperties(props('engUnit', 'kPa')))
                 .addMetrics(m('Device Control/Rebirth', 14L, DataType.Boolean, false).setTimestamp(t + 1000)).build(),
         METER_DDATA: Payload.newBuilder().setTimestamp(t + 61000).setSeq(3)
                 .addMetrics(m(null, 11L, DataType.Int64, 12L).setTimestamp(t + 61000))
                 .addMetrics(m(null, 10L, DataType.Float, null).setTimestamp(t + 61000)).build(),
         METER_DDEATH: Payload.newBuilder().setTimestamp(t + 120000).setSeq(4).build(),
         RIO_NDEATH: Payload.newBuilder().setTimestamp(t + 121000)
                 .addMetrics(m('bdSeq', null, DataType.Int64, 0L)).build(),
         CRAH_DBIRTH: Payload.newBuilder().setTimestamp(t + 2000).setSeq(5)
                 .addMetrics(m('CRAH-03/Return Air/Humidity', 20L, DataType.UInt16, 48).setTimestamp(t + 2000).setProperties(props('engUnit', '%', 'Quality', 192)))
                 .addMetrics(m('CRAH-03/UPS/Battery SOC', 21L, DataType.UInt8, 98).setTimestamp(t + 2000).setProperties(props('engUnit', '%')))
                 .addMetrics(m('CRAH-03/Door Open', 22L, DataType.Boolean, true).setTimestamp(t + 2000))
                 .addMetrics(m('CRAH-03/Floor Leak Detected', 23L, DataType.Boolean, false).setTimestamp(t + 2000))
                 .addMetrics(m('CRAH-03/Supply Air Temp', 24L, DataType.Float, 18.5f).setTimestamp(t + 2000).setProperties(props('engUnit', 'degC', 'Quality', 192))).build(),
         CRAH_DDATA: Payload.newBuilder().setTimestamp(t + 62000).setSeq(6)
                 .addMetrics(m(null, 22L, DataType.Boolean, false).setTimestamp(t + 62000))
                 .addMetrics(m(null, 24L, DataType.Float, 0.0f).setTimestamp(t + 62000).setProperties(props('Quality', 0))).build(),
         GENSET_DDATA: Payload.newBuilder().setTimestamp(t + 3000).setSeq(7)
                 .addMetrics(m('Coolant Temp', null, DataType.Int16, -5).setTimestamp(t + 3000).setProperties(props('engUnit', '°C')))
                 .addMetrics(m('Output Power', null, DataType.Double, 1.25d).setTimestamp(t + 3000).setProperties(props('engUnit', 'MW')))
                 .addMetrics(m('Starter Battery Voltage', null, DataType.UInt16, 24800).setTimestamp(t + 3000).setProperties(props('engUnit', 'mV'))).build(),
         GENSET_HISTORICAL: Payload.newBuilder().setTimestamp(t + 600000).setSeq(8)
                 .addMetrics(m('Coolant Temp', null, DataType.Int16, 80).setTimestamp(t + 10000).setIsHistorical(true).setProperties(props('engUnit', '°C'))).build(),
         TYPED_NBIRTH: Payload.newBuilder().setTimestamp(t).setSeq(0)
                 .addMetrics(m('bdSeq', null, DataType.Int64, 1L).setTimestamp(t))
                 .addMetrics(m('Node Control/Rebirth', 1L, DataType.Boolean, false).setTimestamp(t))
                 .addMetrics(m('Room/Temperature', 2L, DataType.Float, 22.5f).setTimestamp(t).setProperties(props('engUnit', '°C')))
                 .addMetrics(m('Room/Door Open', 3L, DataType.Boolean, false).setTimestamp(t))
                 .addMetrics(m('Room/Heat Load', 4L, DataType.Int32, 3200).setTimestamp(t).setProperties(props('engUnit', 'W'))).build(),
         // Sparkplug 3.0: a data message's metrics without their datatype
         UNTYPED_NDATA: Payload.newBuilder().setTimestamp(t + 60000).setSeq(1)
                 .addMetrics(Payload.Metric.newBuilder().setAlias(2L).setTimestamp(t + 60000).setFloatValue(23.75f))
                 .addMetrics(Payload.Metric.newBuilder().setAlias(3L).setTimestamp(t + 60000).setBooleanValue(true))
                 .addMetrics(Payload.Metric.newBuilder().setAlias(4L).setTimestamp(t + 60000).setIntValue(3350)).build(),
         CRAC_SETPOINT_F: Payload.newBuilder().setTimestamp(t + 4000).setSeq(9)
                 .addMetrics(m('CRAC-07/Cooling Setpoint', 30L, DataType.Float, 72.5f).setTimestamp(t + 4000).setProperties(props('engUnit', '°F')))
                 .addMetrics(m('CRAC-07/Fan Speed', 31L, DataType.UInt16, 1450).setTimestamp(t + 4000).setProperties(props('engUnit', 'rpm')))
                 .addMetrics(m('CRAC-07/CHW Pressure', 32L, DataType.Float, 2.5f).setTimestamp(t + 4000).setProperties(props('engUnit', 'bar')))
                 .addMetrics(m('CRAC-07/Return Humidity', 33L, DataType.Float, 45.0f).setTimestamp(t + 4000).setProperties(props('engUnit', '% RH'))).build()] +
                typedUnits(1717400000000L)
    }

    /** Temperature scales as tag editors type them: Ignition 8.1, Opto22 groov EPIC 3.x, an HMI's spellings */
    static Map<String, Payload> typedUnits(long t) {
        def birth = { List<List> temperatures ->
            def payload = Payload.newBuilder().setTimestamp(t).setSeq(0)
            temperatures.each { name, type, value, unit ->
                payload.addMetrics(m(name, null, type, value).setProperties(props('engUnit', unit)))
            }
            payload.build()
        }
        DataType f = DataType.Float
        [IGNITION_BARE_UNITS: birth([['AHU1/Supply Temp', f, 18.5f, 'C'], ['AHU1/Return Air Temperature', f, 77.0f, 'F'],
                                     ['AHU1/Zone_Temp', DataType.Double, 71.6d, 'f'], ['AHU1/Supply Air', f, 64.4f, 'F']]),
         EPIC_UNITS         : birth([['Inputs/Rack Inlet Temperature', f, 24.0f, 'degC'], ['Inputs/Rack Exhaust Temperature', f, 95.0f, 'deg F'],
                                     ['Chiller/CHW Temp', f, 7.5f, '℃'], ['Chiller/Condenser Temperature', DataType.Double, 86.0d, 'Fahrenheit'],
                                     ['Chiller/Temp Setpoint', f, 44.6f, 'F']]),
         HMI_SPELLINGS      : birth([['CRAC2/Return Temp', f, 26.0f, '° C'], ['CRAC2/Supply Temp', f, 59.0f, '° F'], ['CRAC2/Room Temp', f, 23.5f, 'C°'],
                                     ['CRAC2/Outdoor Temp', f, 31.0f, 'degrees C'], ['CRAC2/Coil Temp', f, 12.0f, 'Deg_C'],
                                     ['CRAC2/Cold Aisle Temp', f, 21.0f, 'oC'], ['CRAC2/Hot Aisle Temp', f, 104.0f, 'oF']])]
    }
}

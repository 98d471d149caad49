package vn.dcim.core.telemetry

import spock.lang.Specification

import java.nio.charset.StandardCharsets

class SeriesKeySpec extends Specification {

    def "a series' key is each part's UTF-8 bytes after its length, whatever the letters (#deviceId, #metric, #instance)"() {
        expect:
        SeriesCatalog.key(deviceId, metric, instance) == lengthPrefixedUtf8(deviceId, metric, instance)

        where:
        deviceId        | metric                | instance
        'ups-1'         | 'ups.battery.charge'  | '0'
        'cảm-biến-1'    | 'env.temperature'     | '1.2'
        'pdu-A'         | 'pdu.outlet.power'    | 'ổ cắm 7'
        ''              | ''                    | ''
        'x' * 300       | 'y'                   | 'z'
        'ups-\u007f'    | 'm\u0080'             | '°C'
    }

    def "keys of different series differ even where their joined text would be the same"() {
        expect:
        SeriesCatalog.key('ab', 'c', '') != SeriesCatalog.key('a', 'bc', '')
    }

    def "an ASCII series is found by its strings as by its key: same hash, same bytes (#deviceId, #metric, #instance)"() {
        given:
        def probe = new SeriesCatalog.Probe()
        byte[] key = SeriesCatalog.key(deviceId, metric, instance)

        expect:
        probe.set(deviceId, metric, instance)
        probe.hash() == Arrays.hashCode(key)
        probe.sameAs(key)

        and: 'not as another series\' key, however alike'
        !probe.sameAs(SeriesCatalog.key(deviceId + 'x', metric, instance))
        !probe.sameAs(SeriesCatalog.key(deviceId, metric, instance + 'x'))
        !probe.sameAs(SeriesCatalog.key(metric, deviceId, instance)) || deviceId == metric

        where:
        deviceId    | metric               | instance
        'ups-1'     | 'ups.battery.charge' | '0'
        'ab'        | 'c'                  | ''
        ''          | ''                   | ''
        'x' * 300   | 'y'                  | 'z'
        'ups-\u007f' | 'm'                  | '1.2.3'
    }

    def "a series with a letter beyond ASCII is looked up by its key instead (#deviceId, #metric, #instance)"() {
        expect:
        !new SeriesCatalog.Probe().set(deviceId, metric, instance)

        where:
        deviceId     | metric            | instance
        'cảm-biến-1' | 'env.temperature' | '1'
        'pdu-A'      | 'pdu.outlet'      | 'ổ cắm 7'
        'ups'        | 'm\u0080'         | '0'
    }

    private static byte[] lengthPrefixedUtf8(String... parts) {
        def out = new ByteArrayOutputStream()
        parts.each {
            byte[] b = it.getBytes(StandardCharsets.UTF_8)
            out.write(b.length >>> 8)
            out.write(b.length & 0xff)
            out.write(b)
        }
        out.toByteArray()
    }
}

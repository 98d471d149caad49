package vn.dcim.mqtt.dialect

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/** A user's dialect file is checked when it is loaded; a broken one is refused with its line and the reason. */
class DialectLoaderSpec extends Specification {
    static final String GOOD = '''\
dialect: my-sensor
topics:
  - acme/+/data
source: levels[1]
readings: |
  {"metric": "env.temperature", "value": payload.t, "unit": "°C"}
'''

    @TempDir Path dir

    def "a good dialect loads and takes its messages"() {
        when:
        def engine = new DialectEngine([DialectLoader.parse('my.yaml', GOOD)], DialectLimits.defaults())
        def r = engine.evaluate('acme/rack7/data', '{"t": 22.5}'.bytes, java.time.Instant.EPOCH)

        then:
        r instanceof DialectResult.Taken
        (r as DialectResult.Taken).source() == 'rack7'
        (r as DialectResult.Taken).readings()*.value == [22.5d]
    }

    def "an HTTP dialect takes its bodies on its path and on each of its other paths, no other"() {
        given:
        def d = DialectLoader.parse('my.yaml', GOOD.replace('topics:\n  - acme/+/data\n', 'http:\n  path: /push/{token}/acme\n  also: [/push/acme]\n'))
        def engine = new DialectEngine([d], DialectLimits.defaults())

        expect:
        engine.evaluateHttp('my-sensor', path, null, 'application/json', '{"t": 21.5}'.bytes, java.time.Instant.EPOCH).class == taken

        where:
        path              || taken
        '/push/tok-1/acme' || DialectResult.Taken
        '/push/acme'       || DialectResult.Taken
        '/push/acme/more'  || DialectResult.Untaken
        '/elsewhere'       || DialectResult.Untaken
    }

    def "#problem is refused at line #line: #reason"() {
        when:
        DialectLoader.parse('my.yaml', yaml)

        then:
        def e = thrown(DialectException)
        e.line() == line
        e.reason().contains(reason)

        where:
        problem                  | yaml                                                                  || line | reason
        'broken YAML'            | GOOD.replace('  - acme/+/data', '  - [acme/+/data')                    || 4    | 'not YAML'
        'an unknown key'         | GOOD + 'colour: blue\n'                                               || 7    | "unknown key 'colour'"
        'a JSONata syntax error' | GOOD.replace('payload.t,', 'payload.t +,')                            || 5    | 'JSONata does not compile'
        "a '#' inside a filter"  | GOOD.replace('acme/+/data', 'acme/#/data')                            || 3    | "'#' must be a whole last level"
        'no source'              | GOOD.replace('source: levels[1]\n', '')                               || 1    | "'source' is missing"
        'a bad name'             | GOOD.replace('my-sensor', 'My Sensor')                                || 1    | 'is not lower case'
        'an unknown format'      | GOOD + 'format: xml\n'                                                || 7    | 'format must be'
        'nothing to listen to'   | GOOD.replace('topics:\n  - acme/+/data\n', '')                        || 1    | "needs 'topics'"
        'an also path not rooted' | GOOD.replace('topics:\n  - acme/+/data\n', 'http:\n  path: /push/{token}/acme\n  also: [push/acme]\n') || 4 | "each path must start with '/'"
    }

    def "DCIM_DIALECTS_DIR: good files load, a broken one is refused with its line and the others still load"() {
        given:
        Files.writeString(dir.resolve('a-good.yaml'), GOOD)
        Files.writeString(dir.resolve('b-broken.yaml'), GOOD.replace('my-sensor', 'other').replace('payload.t,', 'payload.t +,'))
        def refused = []

        when:
        def loaded = DialectLoader.directory(dir, { refused << it })

        then:
        loaded*.name() == ['my-sensor']
        refused.size() == 1
        refused[0].message.contains('b-broken.yaml:5')
    }

    def "the shipped dialects all load, in the order of their index"() {
        expect:
        DialectLoader.shipped()*.name() == ['zigbee2mqtt', 'tasmota', 'shelly-gen2', 'shelly-gen1', 'frigate', 'sparkplug-b', 'esphome', 'home-assistant', 'openmqttgateway', 'axis-mqtt', 'hikvision-isapi', 'zkteco-push', 'dahua-http']
    }
}

package vn.dcim.mqtt.dialect

import spock.lang.Specification

import java.time.Instant

/**
 * A device's own description, heard after its data, applies from then on; a changed one replaces the
 * old; a learned topic the dialects already listen to is not subscribed a second time. Shown on
 * Tasmota's discovery (tasmota/discovery/<MAC>/config), whose LWT texts and full topic are the
 * device's own choice.
 */
class DialectSelfDescriptionSpec extends Specification {
    DialectEngine engine = DialectEngine.shipped()
    List<String> subscribed = []

    def setup() {
        engine.onLearned { subscribed << it }
    }

    static byte[] config(Map changes) {
        Map c = [ip: '10.20.1.16', dn: 'UPS room plug', fn: ['UPS room plug'], hn: 'tasmota-D4E5F6-0246',
                 mac: 'C8C9A3D4E5F6', md: 'Athom Plug V2', ofln: 'Offline', onln: 'Online', sw: '14.1.0',
                 t: 'ups_room_plug', ft: '%prefix%/%topic%/', tp: ['cmnd', 'stat', 'tele'], ver: 1] + changes
        groovy.json.JsonOutput.toJson(c).bytes
    }

    List<String> events(String topic, String payload) {
        def r = engine.evaluate(topic, payload.bytes, Instant.EPOCH)
        assert r instanceof DialectResult.Taken
        (r as DialectResult.Taken).events()*.event()
    }

    def "the LWT texts of a config heard after the data apply from then on, and a changed config replaces them"() {
        expect: 'before the device described itself, a text that is not "Online" reads as offline'
        events('tele/ups_room_plug/LWT', 'Here') == ['offline']

        when:
        def learned = engine.evaluate('tasmota/discovery/C8C9A3D4E5F6/config', config(onln: 'Here', ofln: 'Gone'), Instant.EPOCH)

        then:
        learned instanceof DialectResult.Learned
        events('tele/ups_room_plug/LWT', 'Here') == ['online']
        events('tele/ups_room_plug/LWT', 'Gone') == ['offline']

        when: 'the device is reconfigured: the new texts replace the old'
        engine.evaluate('tasmota/discovery/C8C9A3D4E5F6/config', config(onln: 'Up', ofln: 'Down'), Instant.EPOCH)

        then:
        events('tele/ups_room_plug/LWT', 'Up') == ['online']
        events('tele/ups_room_plug/LWT', 'Here') == ['offline']
    }

    def "a full topic of the device's own is subscribed; the default one, which the dialect already listens to, is not subscribed again"() {
        when:
        engine.evaluate('tasmota/discovery/C8C9A3D4E5F6/config', config([:]), Instant.EPOCH)
        engine.evaluate('tasmota/discovery/A4CF12B3C4D5/config',
                config(mac: 'A4CF12B3C4D5', t: 'pdu_b3', ft: 'dc/%topic%/%prefix%/', tp: ['cmd', 'st', 'tl']), Instant.EPOCH)

        then:
        subscribed == ['dc/pdu_b3/tl/SENSOR', 'dc/pdu_b3/tl/STATE', 'dc/pdu_b3/tl/LWT', 'dc/pdu_b3/st/RESULT', 'dc/pdu_b3/tl/RESULT']
        engine.topicFilters().containsAll(subscribed)
        !engine.topicFilters().contains('tele/ups_room_plug/SENSOR')
        !engine.topicFilters().contains('tasmota/discovery/C8C9A3D4E5F6/sensors')

        and: 'the custom topics are read as the device, by its %topic%'
        def r = engine.evaluate('dc/pdu_b3/tl/STATE', '{"POWER1": "ON"}'.bytes, Instant.EPOCH) as DialectResult.Taken
        r.source() == 'pdu_b3'
        r.readings()*.metric == ['pdu.outlet.state']
    }
}

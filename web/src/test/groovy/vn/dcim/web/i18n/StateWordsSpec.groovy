package vn.dcim.web.i18n

import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.mqtt.topic.TopicContract
import vn.dcim.snmp.profile.ProfileCatalog

/** A state the catalogue does not name is said in the reader's words: Vietnamese by the vocabulary, English as words. */
class StateWordsSpec extends Specification {
    @Shared StateWords words = new StateWords()

    def "the state '#state' reads '#vi' in Vietnamese and '#en' in English"() {
        expect:
        words.of(state, Locale.forLanguageTag('vi')) == vi
        words.of(state, Locale.ENGLISH) == en

        where:
        state                      | vi                       || en
        'fail'                     | 'hỏng'                   || 'fail'
        'ok'                       | 'tốt'                    || 'ok'
        'onBattery'                | 'chạy ắc quy'            || 'on battery'
        'discharging'              | 'đang xả'                || 'discharging'
        'notPresent'               | 'không có mặt'           || 'not present'
        'lostComm'                 | 'mất liên lạc'           || 'lost comm'
        'atsPowerSupplyFailure'    | 'ATS bộ nguồn hỏng'      || 'ats power supply failure'
        'sourceA'                  | 'nguồn A'                || 'source A'
        'threePhasePhaseToNeutral' | 'ba pha pha - trung tính' || 'three phase phase to neutral'
        'frobnicated'              | 'frobnicated'            || 'frobnicated'
    }

    def "a screen shows a profile's state the catalogue does not name in Vietnamese words"() {
        given:
        Shown vi = ShownSpec.shown('vi')
        Shown en = ShownSpec.shown('en')

        expect: 'the catalogue still wins'
        vi.reading('x.state', null, 'onBattery', null) == 'chạy ắc quy'
        and: 'a word only the vocabulary knows'
        vi.reading('x.state', null, 'discharging', null) == 'đang xả'
        en.reading('x.state', null, 'lostComm', null) == 'lost comm'
        vi.states(['lostComm', 'fail']) == 'mất liên lạc, hỏng'
    }

    def "a screen names a metric without a catalogue entry by its words, one with an entry by the catalogue"() {
        expect:
        ShownSpec.shown('vi').metric('ats.ats5g_switch_source_b_voltage') == 'Điện áp nguồn B'
        ShownSpec.shown('en').metric('ats.ats5g_switch_source_b_voltage') == 'Source B voltage'
        ShownSpec.shown('vi').metric('ups.battery.charge') == 'Dung lượng ắc quy'
        ShownSpec.shown('vi').metric('ats.ats5g_switch_source_b_voltage', '2') == 'Điện áp nguồn B (số 2)'
    }

    def "the shipped profiles' and topics' state texts are said in Vietnamese words: at least #least of their words translated"() {
        given:
        Set<String> texts = new TreeSet<>()
        ProfileCatalog.load().all().each { p -> p.metrics().each { m -> m.states()?.values()?.each { texts << it.text() } } }
        new TopicContract().stateWords().values().each { texts.addAll(it.values()) }

        when: 'a word of the Vietnamese text that is one of the English words is a word left untranslated'
        int count = 0
        int left = 0
        texts.each { String text ->
            Set<String> english = words.of(text, Locale.ENGLISH).toLowerCase().split(' ') as Set
            words.of(text, Locale.forLanguageTag('vi')).toLowerCase().split(' ').each { String w ->
                count++
                if (w ==~ /[a-z]{2,}/ && english.contains(w)) {
                    left++
                }
            }
        }
        double share = 1 - left / (double) count
        println String.format(Locale.ROOT, 'state words: %d texts, %d words, %d left in English, share %.4f', texts.size(), count, left, share)

        then:
        texts.size() > 1000
        share >= least

        where:
        least = 0.85
    }
}

package vn.dcim.web.i18n

import spock.lang.Shared
import spock.lang.Specification

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
}

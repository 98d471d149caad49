package vn.dcim.web.i18n

import io.micronaut.context.i18n.ResourceBundleMessageSource
import spock.lang.Specification
import vn.dcim.core.alarm.RuleTexts
import vn.dcim.core.alarm.Severity
import vn.dcim.core.alarm.SeverityNames

import java.time.ZoneId

/** Amounts of đồng as people write them, and the one set of severity names on every screen. */
class ShownSpec extends Specification {
    static final Texts TEXTS = new Texts(new ResourceBundleMessageSource('i18n.messages', Locale.forLanguageTag('vi')), null)

    static Shown shown(String lang) {
        new Shown(TEXTS, new RuleTexts(), Locale.forLanguageTag(lang), ZoneId.of('Asia/Ho_Chi_Minh'))
    }

    def "#amount đồng reads '#told' in #lang"() {
        expect:
        shown(lang).money(amount) == told

        where:
        amount                         | lang || told
        new BigDecimal('250000000.00') | 'vi' || '250.000.000 ₫'
        new BigDecimal('250000000.00') | 'en' || '250,000,000 ₫'
        new BigDecimal('1500.50')      | 'vi' || '1.501 ₫'
        0                              | 'vi' || '0 ₫'
        null                           | 'vi' || ''
    }

    def "the screens name severity #severity '#vi' in Vietnamese and '#en' in English, as the notifications and reports do"() {
        expect:
        shown('vi').label('severity', severity) == vi
        shown('en').label('severity', severity) == en
        shown('vi').label('severity', severity.name()) == vi
        SeverityNames.of(severity, 'vi') == vi

        where:
        severity          || vi             | en
        Severity.critical || 'Nghiêm trọng' | 'Critical'
        Severity.major    || 'Cao'          | 'Major'
        Severity.minor    || 'Trung bình'   | 'Minor'
        Severity.warning  || 'Cảnh giác'    | 'Warning'
        Severity.info     || 'Thông tin'    | 'Info'
    }

    def "a licence finding (#code) reads in Vietnamese with its date as dd/MM/yyyy, never the English sentence it keeps"() {
        expect:
        shown('vi').finding(new vn.dcim.core.asset.Finding('21.1e', code, 'Art. 21.1e: english', args)) == told

        where:
        code               | args                  || told
        'missing_licence'  | []                    || 'Điều 10 khoản 3: phần mềm phải có bản quyền; chưa ghi thông tin bản quyền'
        'seats_exceeded'   | ['7', '5']            || 'Điều 10 khoản 3: cài trên 7 thiết bị nhưng bản quyền chỉ cho 5'
        'licence_expired'  | ['2026-01-31']        || 'Điều 21 khoản 1 điểm e: bản quyền đã hết hạn ngày 31/01/2026'
        'licence_expiring' | ['2026-12-15', '60']  || 'Điều 21 khoản 1 điểm e: bản quyền hết hạn ngày 15/12/2026 (trong 60 ngày tới), cần lập kế hoạch gia hạn'
    }

    def "a time inside a listed argument is told on the center's clock: #arg"() {
        expect:
        shown('vi').said('compliance.s.access-control-log.bad', [arg], 'english') == told

        where:
        arg                                         || told
        'Cửa chính ⏸ 2026-11-27T01:02:03Z'          || 'nhật ký ra vào bị gián đoạn (⏸ im lặng từ): Cửa chính ⏸ 27/11/2026 08:02'
        'Cửa chính ⏸ —, Cửa phụ ⏸ 2026-11-26T17:00:00.5Z' || 'nhật ký ra vào bị gián đoạn (⏸ im lặng từ): Cửa chính ⏸ —, Cửa phụ ⏸ 27/11/2026 00:00'
    }

    def "#metric read as #value (text #text, unit #unit) is shown as '#told' in #lang"() {
        expect:
        shown(lang).reading(metric, value, text, unit) == told

        where:
        metric               | value        | text      | unit  | lang || told
        'gen.state'          | 6d           | null      | null  | 'vi' || 'đang chạy'
        'gen.state'          | 6d           | null      | null  | 'en' || 'running'
        'ats.selected'       | 3d           | null      | null  | 'vi' || 'nguồn 2 (máy phát)'
        'gen.state'          | 4d           | 'running' | null  | 'vi' || 'đang chạy'
        'host.memory.size'   | 25276510208d | null      | 'B'   | 'vi' || '23,5 GiB'
        'host.memory.size'   | 25276510208d | null      | 'B'   | 'en' || '23.5 GiB'
        'host.storage.used'  | 512d         | null      | 'B'   | 'vi' || '512 B'
        'device.uptime'      | 273900d      | null      | 's'   | 'vi' || '3 ngày 4 giờ'
        'device.uptime'      | 3720d        | null      | 's'   | 'vi' || '1 giờ 2 phút'
        'ups.output.voltage' | 229.5d       | null      | 'V'   | 'vi' || '229,5 V'
        'ups.output.voltage' | null         | null      | 'V'   | 'vi' || '—'
        'device.reachable'   | 0d           | null      | null  | 'vi' || 'mất kết nối'
    }

    def "a row of a device's table reads '#told' in #lang, never as [#instance]"() {
        expect:
        shown(lang).metric('host.memory.size', instance) == told

        where:
        instance | lang || told
        '0'      | 'vi' || 'Dung lượng bộ nhớ'
        '1'      | 'vi' || 'Dung lượng bộ nhớ (số 1)'
        '1'      | 'en' || 'Memory size (no. 1)'
    }

    def "a device is named by the name people gave it, an unknown one by its id, with its row"() {
        given:
        def shown = new Shown(TEXTS, new RuleTexts(), Locale.forLanguageTag('vi'), ZoneId.of('Asia/Ho_Chi_Minh'), new ReadingWords(new vn.dcim.mqtt.topic.TopicContract().stateWords()),
                { ['ups-1': 'UPS 1 - Phòng máy chủ'] })

        expect:
        shown.source('ups-1', '1') == 'UPS 1 - Phòng máy chủ (số 1)'
        shown.source('ups-1', '0') == 'UPS 1 - Phòng máy chủ'
        shown.source('gone-7', '0') == 'gone-7'

        and: 'an MQTT camera\'s state by the contract\'s word'
        shown.reading('camera.online', 0d, null, null) == 'mất kết nối (ngoại tuyến)'
    }

    def "a compliance argument listing things with their UTC times shows each time in the centre's zone"() {
        expect:
        shown('vi').said('compliance.s.access-control-log.bad', ['door-1 ⏸ 2026-11-27T01:02:03Z, door-2 ⏸ —'], 'x')
                .contains('door-1 ⏸ 27/11/2026 08:02')
    }
}

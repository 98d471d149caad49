package vn.dcim.web.i18n

import io.micronaut.context.i18n.ResourceBundleMessageSource
import spock.lang.Specification
import vn.dcim.core.alarm.RuleTexts
import vn.dcim.core.alarm.Severity
import vn.dcim.core.alarm.SeverityNames

import java.time.ZoneId

/** Issue 31: amounts of đồng as people write them, and the one set of severity names on every screen. */
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
}

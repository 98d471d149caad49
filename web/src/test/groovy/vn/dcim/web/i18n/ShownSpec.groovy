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
}

package vn.dcim.core.licence

import spock.lang.Specification
import vn.dcim.core.asset.Criticality
import vn.dcim.core.asset.RegistrySettings

import java.time.LocalDate

class SoftwareFindingsSpec extends Specification {
    static final LocalDate TODAY = LocalDate.parse('2026-11-22')
    def findings = new SoftwareFindings(new RegistrySettings(expiryWindowDays: 60))

    static SoftwareAsset software(Map m = [:]) {
        new SoftwareAsset(1L, 'site', 'Cổng dịch vụ công', 120_000_000G, Criticality.high, 'Dịch vụ công trực tuyến',
                'Toàn tỉnh', 'Sở TTTT', m.containsKey('licence') ? m.licence : 'HĐ 12/2026, 50 người dùng', '3.2',
                'Máy chủ ứng dụng 01', m.c ?: RiskLevel.low, m.i ?: RiskLevel.low, m.a ?: RiskLevel.low,
                m.kind ?: LicenceKind.subscription, m.seats as Integer,
                m.expiry ? LocalDate.parse(m.expiry as String) : null)
    }

    def "Art. 10.2: the risk class is the most demanding of confidentiality, integrity and availability"() {
        expect:
        software(c: c, i: i, a: a).riskClass() == risk

        where:
        c                | i                | a                || risk
        RiskLevel.low    | RiskLevel.low    | RiskLevel.low    || RiskLevel.low
        RiskLevel.medium | RiskLevel.low    | RiskLevel.low    || RiskLevel.medium
        RiskLevel.low    | RiskLevel.high   | RiskLevel.medium || RiskLevel.high
        RiskLevel.low    | RiskLevel.low    | RiskLevel.high   || RiskLevel.high
    }

    def "Art. 10.3: software must be licensed and used within its seats"() {
        expect:
        findings.of(software(licence: licence, kind: kind, seats: seats), installs, TODAY)*.code as Set == codes as Set

        where:
        licence        | kind                     | seats | installs || codes
        'HĐ 12/2026'   | LicenceKind.subscription | null  | 3        || []
        null           | LicenceKind.subscription | null  | 0        || ['missing_licence']
        '   '          | LicenceKind.open_source  | null  | 0        || ['missing_licence']
        'GPL-3.0'      | LicenceKind.open_source  | null  | 9        || []
        'không rõ'     | LicenceKind.unknown      | null  | 0        || ['not_licensed']
        null           | LicenceKind.unlicensed   | null  | 0        || ['missing_licence', 'not_licensed']
        'HĐ 12/2026'   | LicenceKind.volume       | 2     | 2        || []
        'HĐ 12/2026'   | LicenceKind.volume       | 2     | 3        || ['seats_exceeded']
    }

    def "Art. 21.1e: licence expiry is tracked for renewal within the configured window"() {
        expect:
        findings.of(software(expiry: expiry), 0, TODAY)*.code == codes

        where:
        expiry       || codes
        null         || []
        '2027-06-01' || []
        '2027-01-21' || ['licence_expiring']
        '2027-01-22' || []
        '2026-11-22' || ['licence_expiring']
        '2026-11-21' || ['licence_expired']
    }
}

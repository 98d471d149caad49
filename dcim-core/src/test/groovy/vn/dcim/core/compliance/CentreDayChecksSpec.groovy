package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import vn.dcim.core.testing.Sql

import java.time.Instant

import static vn.dcim.core.compliance.ComplianceChecksSpec.SITE
import static vn.dcim.core.compliance.ComplianceChecksSpec.due
import static vn.dcim.core.compliance.ComplianceChecksSpec.plan
import static vn.dcim.core.compliance.ComplianceChecksSpec.software
import static vn.dcim.core.compliance.ComplianceChecksSpec.task

/**
 * The checks that judge a date (a licence's end, a task's or an order's due date) judge it on the centre's day, not
 * UTC's: at 20:00 UTC on 31 March it is already 1 April in Hồ Chí Minh City, so what ended or fell due on 31 March
 * is past; at 16:00 UTC (23:00 in the centre) it is not yet.
 */
@MicronautTest(transactional = false)
class CentreDayChecksSpec extends CheckJudgementSpec {
    static final String TABLES = 'software_asset compliance_task work_order maintenance_plan site'

    /** Last year's scan, done in January: recent enough, so only the overdue task of this year decides. */
    static final String SCANNED_2025 = "INSERT INTO compliance_task (kind, period, title, article, due_date, done_at) VALUES " +
            "('malware_scan', 2025, 't', 'Art. 24.4', '2025-12-31', '2026-01-10 03:00:00')"

    @Override
    Map<String, String> extraProperties() { ['dcim.time-zone': 'Asia/Ho_Chi_Minh'] }

    def "#key, #situation at #at: #state"() {
        given:
        new Sql(dataSource).refill(TABLES.split(' ').collect { "DELETE FROM $it".toString() }, [SITE] + setup)

        when:
        def j = registered(key).judge(Instant.parse(at), PolicyProfiles.load('bac-kan'))

        then:
        j.state().name() == state

        where:
        key                      | situation                                | setup                                                         | at                     || state
        'software-licensed'      | 'licence ending 31 March'                | [software('OEM key', '2026-03-31')]                           | '2026-03-31T20:00:00Z' || 'non_compliant'
        'software-licensed'      | 'licence ending 31 March'                | [software('OEM key', '2026-03-31')]                           | '2026-03-31T16:00:00Z' || 'compliant'
        'licence-expiry-managed' | 'licence ending 31 March'                | [software('OEM key', '2026-03-31')]                           | '2026-03-31T20:00:00Z' || 'non_compliant'
        'licence-expiry-managed' | 'licence ending 31 March'                | [software('OEM key', '2026-03-31')]                           | '2026-03-31T16:00:00Z' || 'compliant'
        'yearly-malware-scan'    | 'done in January, next due 31 March'     | [SCANNED_2025, task('malware_scan', '2026-03-31', null)] | '2026-03-31T20:00:00Z' || 'non_compliant'
        'yearly-malware-scan'    | 'done in January, next due 31 March'     | [SCANNED_2025, task('malware_scan', '2026-03-31', null)] | '2026-03-31T16:00:00Z' || 'compliant'
        'maintenance-yearly'     | 'never done, first order due 31 March'   | [plan('UPS service'), due('2026-03-31')]                      | '2026-03-31T20:00:00Z' || 'non_compliant'
        'maintenance-yearly'     | 'never done, first order due 31 March'   | [plan('UPS service'), due('2026-03-31')]                      | '2026-03-31T16:00:00Z' || 'not_enough_data'
    }
}

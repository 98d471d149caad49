package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import vn.dcim.core.testing.Sql


/**
 * Art. 30.7a judged on the readings the product holds, not on its retention setting (which cannot go below
 * 183 days, so a check of the setting could never fail): the oldest raw point must reach back to the later of
 * 183 days ago, the installation and the first day anything was monitored (the roll-ups outlive raw points).
 */
@MicronautTest(transactional = false)
class MonitoringRetentionCheckSpec extends CheckJudgementSpec {


    def "installed #installed, monitored since #monitoredSince, oldest raw point #oldestRaw: #state"() {
        given:
        def sql = new Sql(dataSource)
        sql.empty(['series_point', 'rollup_1h', 'rollup_1d', 'duty_run', 'series'])
        sql.update("UPDATE flyway_schema_history SET installed_on = '$installed 08:00:00'".toString())
        sql.update("INSERT INTO series (id, device_id, metric, unit) VALUES (1, 'th-1', 'env.temperature', 'C'), (2, 'ups-1', 'ups.load', '%')")
        if (oldestRaw) {
            sql.update("INSERT INTO series_point (series_id, ts, value) VALUES (1, '$oldestRaw 00:05:00', 22), (2, '2026-11-22 05:00:00', 40), (1, '2026-11-22 05:00:00', 23)".toString())
        }
        if (monitoredSince) {
            sql.update("INSERT INTO rollup_1h (series_id, bucket, n, n_value, last_ts) VALUES (1, '$monitoredSince 00:00:00', 12, 12, '$monitoredSince 00:55:00')".toString())
            sql.update("INSERT INTO rollup_1d (series_id, bucket, n, n_value, last_ts) VALUES (2, '$monitoredSince 00:00:00', 288, 288, '$monitoredSince 23:55:00')".toString())
        }
        sql.update("INSERT INTO duty_run (duty_id, scheduled_at, started_at, finished_at, status, manual, message) VALUES ('reading-retention', '2026-11-21 20:15:00', '2026-11-21 20:15:00', '2026-11-21 20:15:02', 'ok', FALSE, 'Kept raw readings 400 days')")

        when:
        def j = judge('monitoring-retention')

        then:
        j.state().name() == state
        j.said().key() == key
        j.evidence()*.href() == ['/ui/schedules']

        where:
        installed    | monitoredSince | oldestRaw    || state             | key
        '2025-01-01' | '2025-01-02'   | '2026-05-01' || 'compliant'       | 'compliance.s.monitoring-retention.ok'
        // the setting still says 400 days, but the raw points of October and before are gone
        '2025-01-01' | '2025-02-01'   | '2026-10-01' || 'non_compliant'   | 'compliance.s.monitoring-retention.bad'
        // younger than six months: everything since the first reading must still be there
        '2026-10-20' | '2026-10-21'   | '2026-10-21' || 'compliant'       | 'compliance.s.monitoring-retention.ok'
        '2026-09-01' | '2026-09-02'   | '2026-11-01' || 'non_compliant'   | 'compliance.s.monitoring-retention.bad'
        // monitoring began a month after the installation: its first day counts, not the installation's
        '2026-08-01' | null           | '2026-09-01' || 'compliant'       | 'compliance.s.monitoring-retention.ok'
        '2025-01-01' | null           | null         || 'not_enough_data' | 'compliance.s.monitoring-retention.none'
    }
}

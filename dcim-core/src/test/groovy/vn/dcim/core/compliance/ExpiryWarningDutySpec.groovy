package vn.dcim.core.compliance

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.RecordingAlarms
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant

@MicronautTest(transactional = false)
class ExpiryWarningDutySpec extends MariaDbSpec {

    @Override
    Map<String, String> extraProperties() { ['dcim.registry.expiry-window-days': '90'] }

    RecordingAlarms alarms = new RecordingAlarms()
    @Inject ExpiryWarningDuty duty
    @Inject DataSource dataSource

    @MockBean(AlarmRaiser)
    AlarmRaiser recordingAlarms() { alarms }

    def "a warranty ending on #end on 2026-11-22 is #expected (Art. 21.1e, 90-day window)"() {
        given:
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES ('w', 'W') ON DUPLICATE KEY UPDATE name = name")
        sql.update("INSERT INTO asset (site_id, kind, name, label_code, status, warranty_end) VALUES ('w', 'ups', ?, ?, ?, ?)",
                ['UPS ' + end, 'W-' + UUID.randomUUID().toString().take(8), status, end])
        def source = 'asset-' + sql.count('SELECT MAX(id) FROM asset')

        when:
        duty.run(Instant.parse('2026-11-22T07:30:00Z'))

        then:
        alarms.isActive(source, ExpiryWarningDuty.EXPIRING) == (expected == 'expiring')
        alarms.isActive(source, ExpiryWarningDuty.EXPIRED) == (expected == 'expired')

        where:
        end          | status              || expected
        '2026-12-01' | 'in_service'        || 'expiring'
        '2027-02-19' | 'in_service'        || 'expiring'
        '2027-02-21' | 'in_service'        || 'fine'
        '2026-11-21' | 'in_service'        || 'expired'
        '2026-11-22' | 'faulty'            || 'expiring'
        '2026-01-01' | 'disposed'          || 'fine'
    }

    def "a software licence ending within the window warns, one ended is minor"() {
        given:
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES ('w', 'W') ON DUPLICATE KEY UPDATE name = name")
        ['2026-12-31', '2026-10-01'].each { end ->
            sql.update("""INSERT INTO software_asset (site_id, name, criticality, purpose, scope_of_use, managing_body, licence_information,
                version, storage_location, confidentiality, integrity, availability, licence_kind, licence_expiry)
                VALUES ('w', ?, 'high', 'p', 's', 'Sở TTTT', 'HĐ 01/2026', '1.0', 'srv-1', 'low', 'low', 'low', 'subscription', ?)""",
                    ['Antivirus ' + end, end])
        }
        def ids = sql.rows("SELECT id, licence_expiry FROM software_asset WHERE name LIKE 'Antivirus %' ORDER BY licence_expiry")

        when:
        duty.run(Instant.parse('2026-11-22T07:30:00Z'))

        then:
        alarms.isActive("software-${ids[0].id}".toString(), ExpiryWarningDuty.LICENCE_EXPIRED)
        alarms.isActive("software-${ids[1].id}".toString(), ExpiryWarningDuty.LICENCE_EXPIRING)
        !alarms.isActive("software-${ids[1].id}".toString(), ExpiryWarningDuty.LICENCE_EXPIRED)
    }
}

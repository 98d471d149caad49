package vn.dcim.core.db

import io.micronaut.context.ApplicationContext
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.access.AccessEventFilter
import vn.dcim.core.access.AccessLog
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.SideSchema

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant

/**
 * An installation of the first release upgrades in place: a database at V60 (the schema the first
 * release left before accounts came), filled the way that release wrote it, is migrated by the product's
 * start to the newest schema, and what was there reads back through the product unchanged.
 */
class UpgradeSpec extends Specification {
    /** The schema of the release before the embedded server was hardened. */
    static final String FIRST_RELEASE = '60'

    @Shared SideSchema db = new SideSchema('_upgrade')
    @Shared @AutoCleanup ApplicationContext upgraded

    def setupSpec() {
        db.createEmpty().migrateTo(FIRST_RELEASE)
        db.withConnection { c ->
            def s = c.createStatement()
            s.execute("INSERT INTO site (id, name, province, address) VALUES ('tth', 'Trung tâm Tích hợp dữ liệu', NULL, 'Số 1 Lê Lợi')")
            s.execute("""INSERT INTO monitored_device (id, site_id, name, protocol, host, port, snmp_version, community, interval_s)
                         VALUES ('ups-old', 'tth', 'UPS phòng máy', 'snmp', '10.0.0.5', 161, '2c', 'public-upgrade', 60)""")
            s.execute("""INSERT INTO access_event (device_id, message_id, site_id, result, badge, person, direction, device_ts, received_ts)
                         VALUES ('door-old', 'm-1', 'tth', 'granted', 'B-7', 'Nguyễn Văn Cũ', 'in',
                                 '2026-10-01 08:15:00.250', '2026-10-01 08:15:01.000')""")
            s.execute("""INSERT INTO reading (ts, device_id, metric, instance, value, unit)
                         VALUES ('2026-10-01 08:00:00.000', 'ups-old', 'ups.output.load', '0', 31.5, '%')""")
        }
        upgraded = db.startProduct()
    }

    def "the start migrates the first release's database to the newest schema"() {
        given:
        def newest = Files.list(Path.of('src/main/resources/db/migration')).withCloseable { s ->
            s.map { (it.fileName.toString() =~ /^V(\d+)__/)[0][1] as int }.toList().max()
        }

        expect:
        db.withConnection { c ->
            def rs = c.createStatement().executeQuery(
                    "SELECT MAX(CAST(version AS UNSIGNED)), MIN(success) FROM flyway_schema_history WHERE version IS NOT NULL")
            rs.next()
            [rs.getInt(1), rs.getBoolean(2)]
        } == [newest, true]
    }

    def "what the first release stored reads back unchanged"() {
        when:
        def site = upgraded.getBean(SiteRepository).findById('tth').orElseThrow()
        def device = upgraded.getBean(MonitoredDeviceRepository).findById('ups-old').orElseThrow()
        def events = upgraded.getBean(AccessLog).find(AccessEventFilter.all(), 10, 0)

        then:
        site.name() == 'Trung tâm Tích hợp dữ liệu'
        site.province() == null // optional in the first release's API: an old row without it must read
        device.community() == 'public-upgrade'
        device.host() == '10.0.0.5'
        events.size() == 1
        events[0].person() == 'Nguyễn Văn Cũ'
        events[0].deviceTime() == Instant.parse('2026-10-01T08:15:00.250Z')
    }

    def "the first release's readings are in the series store, with their roll-ups, after the upgrade"() {
        given:
        def catalog = upgraded.getBean(vn.dcim.core.telemetry.SeriesCatalog)
        def history = upgraded.getBean(vn.dcim.core.telemetry.ReadingHistory)
        upgraded.getBean(vn.dcim.core.telemetry.RollupDuty).run(Instant.now())
        def from = java.time.LocalDateTime.parse('2026-10-01T00:00').atZone(java.time.ZoneId.systemDefault()).toInstant()

        when:
        def series = catalog.find('ups-old', 'ups.output.load', '0').orElseThrow()
        def raw = history.points(series, vn.dcim.core.telemetry.Rollups.Resolution.RAW, from, from.plusSeconds(86400))
        def daily = history.points(series, vn.dcim.core.telemetry.Rollups.Resolution.D1, from, from.plusSeconds(86400))

        then:
        series.unit() == '%'
        raw*.value() == [31.5d]
        daily*.value() == [31.5d]
        daily*.count() == [1L]
    }
}

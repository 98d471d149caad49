package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.report.EquipmentReports
import vn.dcim.core.report.ReportPeriod
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.LocalDate

/**
 * Art. 6.2 in the quarterly report: per room, the period's temperature and humidity read back from the
 * hourly roll-ups of the series store, with the hours out of the alarm rules' range.
 */
@MicronautTest(transactional = false)
class RoomEnvironmentReportSpec extends MariaDbSpec {
    @Inject ReadingSink sink
    @Inject RollupDuty rollups
    @Inject EquipmentReports reports
    @Inject DataSource dataSource
    @Inject Clock clock

    def "#lang: the environment section gives each room's lowest, mean and highest value and the hours out of range"() {
        given: 'a room with a sensor placed in one of its racks, and a sensor placed nowhere'
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES ('env', 'Env') ON DUPLICATE KEY UPDATE name = name")
        sql.update("INSERT INTO room (site_id, name, kind) VALUES ('env', 'Phòng máy 1', 'server_room') ON DUPLICATE KEY UPDATE kind = kind")
        long room = sql.count("SELECT id FROM room WHERE site_id = 'env' AND name = 'Phòng máy 1'")
        sql.update("INSERT INTO rack (room_id, name, height_u) VALUES (?, 'R1', 42) ON DUPLICATE KEY UPDATE height_u = 42", [room])
        long rack = sql.count("SELECT id FROM rack WHERE room_id = ? AND name = 'R1'", [room])
        sql.update("DELETE FROM monitored_device WHERE id IN ('env-th-1', 'env-th-2')")
        sql.update("INSERT INTO asset (site_id, kind, name, label_code, criticality, status, created_at, rack_id) "
                + "VALUES ('env', 'sensor', 'TH-1', ?, 'normal', 'in_service', '2026-01-01 00:00:00', ?)", ['ENV-TH-1-' + lang, rack])
        long asset = sql.count("SELECT MAX(id) FROM asset")
        sql.update("INSERT INTO monitored_device (id, site_id, asset_id, name, protocol) VALUES ('env-th-1', 'env', ?, 'TH-1', 'mqtt')", [asset])
        sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES ('env-th-2', 'env', 'TH-2', 'mqtt')")

        and: 'in the third quarter, 10 hours of 22 °C, 3 hours that reach 29 °C (the rule says above 27) and humidity 50 %'
        Instant start = LocalDate.of(2026, 8, 3).atStartOfDay(clock.zone).toInstant()
        def points = []
        (0..<13).each { h ->
            Instant t = start + Duration.ofHours(h)
            points << Reading.of(t, 'env-th-1', 'env.temperature', '0', 22, '°C')
            points << Reading.of(t + Duration.ofMinutes(30), 'env-th-1', 'env.temperature', '0', h >= 10 ? 29 : 22, '°C')
            points << Reading.of(t, 'env-th-1', 'env.humidity', '0', 50, '%')
            points << Reading.of(t, 'env-th-2', 'env.temperature', '0', 20, '°C')
        }
        sink.record(points)
        rollups.run(Instant.now())

        when:
        def section = reports.build(ReportPeriod.parse('2026-Q3'), lang).sections().find { it.title().contains(title) }
        def rows = section.rows().collectEntries { [(it[0] + '|' + it[1]): it] }

        then:
        rows["Env › Phòng máy 1|$temperature"] == ["Env › Phòng máy 1", temperature, 22.0d, 22.8d, 29.0d, '≤ 27 °C', 13L, 3L]
        rows["Env › Phòng máy 1|$humidity"] == ["Env › Phòng máy 1", humidity, 50.0d, 50.0d, 50.0d, '40–60 %', 13L, 0L]
        rows["$noRoom|$temperature"][2..7] == [20.0d, 20.0d, 20.0d, '≤ 27 °C', 13L, 0L]

        where:
        lang | title                   | temperature   | humidity          | noRoom
        'vi' | 'Nhiệt độ, độ ẩm'       | 'Nhiệt độ'    | 'Độ ẩm tương đối' | '(cảm biến chưa gắn vào phòng)'
        'en' | 'temperature and humid' | 'Temperature' | 'Relative humidity' | '(sensor not placed in a room)'
    }
}

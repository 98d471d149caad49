package vn.dcim.core.telemetry

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import spock.lang.Specification
import vn.dcim.core.testing.MariaDbSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.Sql

import vn.dcim.core.db.Jdbc

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant

@MicronautTest(transactional = false)
class ReadingRetentionDutySpec extends MariaDbSpec {
    static final Instant NOW = Instant.parse('2026-11-22T03:15:00Z')

    @Inject ReadingSink sink
    @Inject DataSource dataSource
    @Inject Jdbc jdbc

    def "with #configured days configured, readings older than #kept days go and younger ones stay (Art. 30.7a)"() {
        given:
        def device = 'ret-' + UUID.randomUUID().toString().take(6)
        def ages = [10, 182, 184, 300, 500]
        sink.record(ages.collect { Reading.of(NOW - Duration.ofDays(it), device, 'env.temperature', '1', it, '°C') })
        def duty = new ReadingRetentionDuty(jdbc, configured)

        when:
        def outcome = duty.run(NOW)

        then:
        new Sql(dataSource).rows('SELECT value FROM reading WHERE device_id = ? ORDER BY value', [device])*.value == remaining
        outcome.status().name() == status

        where:
        configured || kept | remaining            | status
        400        || 400  | [10d, 182d, 184d, 300d] | 'ok'
        200        || 200  | [10d, 182d, 184d]     | 'ok'
        30         || 183  | [10d, 182d]           | 'warning'
    }
}

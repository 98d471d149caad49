package vn.dcim.core.telemetry

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.data.exceptions.DataAccessException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import vn.dcim.core.db.Jdbc

import javax.sql.DataSource
import java.sql.SQLException
import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneId

@MicronautTest(transactional = false)
class LatestValuesSpec extends MariaDbSpec {

    @Inject
    DataSource dataSource

    @Inject
    Jdbc jdbc

    @Inject
    ReadingSink sink

    @Inject
    LatestReadings latest

    @AutoCleanup AskedLatestValues buffers = new AskedLatestValues()
    def t0 = Instant.parse('2026-11-23T08:00:00Z')
    def device = 'gw-' + UUID.randomUUID().toString().take(8)

    def "points of one series between two flushes reach latest_reading once, as the newest of them"() {
        given: 'a buffer that flushes only when asked'
        def values = buffers.open(jdbc)

        when: 'a gateway reports the same series three times'
        values.offer([Reading.of(t0, device, 'env.temperature', '1', 21, '°C')])
        values.offer([Reading.of(t0.plusSeconds(2), device, 'env.temperature', '1', 23, '°C'),
                      Reading.of(t0.plusSeconds(1), device, 'env.temperature', '1', 22, '°C')])

        then: 'nothing is written yet'
        rows() == []

        when:
        values.flush()

        then: 'one row, the newest point'
        rows() == [[23d, t0.plusSeconds(2)]]
    }

    def "a reader in this process sees a value as soon as its history is committed"() {
        when:
        sink.record([Reading.of(t0, device, 'ups.battery.charge', '0', 97, '%')])

        then: 'no wait for the next flush'
        latest.ofDevice(device)*.value() == [97d]
    }

    def "a flush the database refuses keeps its values for the next one"() {
        given: 'a database that is down for the first flush'
        boolean down = true
        def values = buffers.open(flaky(jdbc, { down }))
        values.offer([Reading.of(t0, device, 'env.humidity', '0', 40, '%')])

        when:
        values.flush()

        then:
        thrown(DataAccessException)
        rows('env.humidity') == []

        when: 'a newer point arrives while the database is down, then it is back'
        values.offer([Reading.of(t0.plusSeconds(5), device, 'env.humidity', '0', 45, '%')])
        down = false
        values.flush()

        then:
        rows('env.humidity') == [[45d, t0.plusSeconds(5)]]
    }

    def "an older value kept from a failed flush does not replace a newer one offered meanwhile"() {
        given:
        boolean down = true
        def values = buffers.open(flaky(jdbc, { down }))
        values.offer([Reading.of(t0.plusSeconds(10), device, 'env.humidity', '0', 50, '%')])

        when:
        try { values.flush() } catch (DataAccessException ignored) { }
        values.offer([Reading.of(t0, device, 'env.humidity', '0', 30, '%')])
        down = false
        values.flush()

        then:
        rows('env.humidity') == [[50d, t0.plusSeconds(10)]]
    }

    /** The database as the product reaches it, refusing every transaction while {@code down} says so. */
    static Jdbc flaky(Jdbc real, Closure<Boolean> down) {
        new Jdbc(null, null) {
            @Override
            <R> R inTransaction(String what, Jdbc.Work<R> work) {
                if (down()) {
                    throw new DataAccessException("Could not ${what}: Connection refused")
                }
                real.inTransaction(what, work)
            }

            /** Refused even after the product's retries (Galera's certification conflicts are retried). */
            @Override
            <R> R inTransactionRetrying(String what, Jdbc.Work<R> work) {
                inTransaction(what, work)
            }
        }
    }

    static Instant instant(Object ts) {
        ts instanceof LocalDateTime ? ts.atZone(ZoneId.systemDefault()).toInstant() : (ts as java.sql.Timestamp).toInstant()
    }

    List<List<Object>> rows(String metric = 'env.temperature') {
        new Sql(dataSource).rows('SELECT value, ts FROM latest_reading WHERE device_id = ? AND metric = ?', [device, metric])
                .collect { [it.value as double, instant(it.ts)] }
    }
}

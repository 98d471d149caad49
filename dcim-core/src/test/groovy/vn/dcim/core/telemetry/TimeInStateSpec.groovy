package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

/** How long a UPS spent on line and on battery, from its state points (time in each state). */
@MicronautTest(transactional = false)
class TimeInStateSpec extends MariaDbSpec {
    @Inject ReadingSink sink
    @Inject SeriesCatalog catalog
    @Inject TimeInState timeInState
    @Inject RollupDuty rollups
    @Inject javax.sql.DataSource dataSource

    static final Instant T0 = Instant.parse('2026-09-01T00:00:00Z')

    static ReadingHistory.Point state(int minute, String text) {
        new ReadingHistory.Point(T0 + Duration.ofMinutes(minute), text == 'onLine' ? 2d : 3d, null, null, text, 1)
    }

    def "#points over [0, 60) min with a gap limit of #gap min: #expected"() {
        expect:
        TimeInState.shares(points.collect { state(it[0] as int, it[1] as String) }, T0, T0 + Duration.ofMinutes(60),
                Duration.ofMinutes(gap)).collect { [it.text(), it.seconds().intdiv(60)] } == expected

        where:
        points                                               | gap || expected
        [[0, 'onLine'], [20, 'onBattery'], [30, 'onLine']]   | 60  || [['onLine', 50], ['onBattery', 10]]
        [[-5, 'onBattery'], [10, 'onLine']]                  | 60  || [['onLine', 50], ['onBattery', 10]]
        [[0, 'onLine'], [40, 'onBattery']]                   | 15  || [['onLine', 15], ['onBattery', 15], [null, 30]]
        [[0, 'onLine'], [1, 'onLine'], [2, 'onLine']]        | 60  || [['onLine', 60]]
        []                                                   | 15  || [[null, 60]]
        [[-30, 'onBattery']]                                 | 15  || [[null, 60]]
    }

    def "read from the store, the state in force before the window counts from the window's start"() {
        given:
        String device = 'tis-' + UUID.randomUUID().toString().take(6)
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3))
        sink.record([new Reading(start.minus(Duration.ofMinutes(5)), device, 'ups.output.source', '0', 3d, 'battery', null),
                     new Reading(start.plus(Duration.ofMinutes(20)), device, 'ups.output.source', '0', 2d, 'normal', null),
                     new Reading(start.plus(Duration.ofMinutes(30)), device, 'ups.output.source', '0', 2d, 'normal', null)])
        def series = catalog.find(device, 'ups.output.source', '0').get()

        expect:
        timeInState.of(series, start, start.plus(Duration.ofMinutes(60)), Duration.ofMinutes(25))
                .collect { [it.text(), it.value(), it.seconds()] } == [['normal', 2d, 35 * 60L], ['battery', 3d, 20 * 60L], [null, null, 5 * 60L]]
    }

    def "after its raw points expire, a generator's hours running are read from the hourly roll-ups"() {
        given: 'a generator that ran 20 minutes in one hour and stopped, a year ago'
        String device = 'gen-' + UUID.randomUUID().toString().take(6)
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(365))
        sink.record([new Reading(hour, device, 'generator.state', '0', 1d, 'stopped', null),
                     new Reading(hour.plus(Duration.ofMinutes(10)), device, 'generator.state', '0', 2d, 'running', null),
                     new Reading(hour.plus(Duration.ofMinutes(20)), device, 'generator.state', '0', 2d, 'running', null),
                     new Reading(hour.plus(Duration.ofMinutes(30)), device, 'generator.state', '0', 1d, 'stopped', null),
                     new Reading(hour.plus(Duration.ofMinutes(40)), device, 'generator.state', '0', 1d, 'stopped', null),
                     new Reading(hour.plus(Duration.ofMinutes(50)), device, 'generator.state', '0', 1d, 'stopped', null)])
        def series = catalog.find(device, 'generator.state', '0').get()
        def window = [hour.minus(Duration.ofMinutes(30)), hour.plus(Duration.ofHours(2))]
        def fromRaw = timeInState.of(series, window[0], window[1], Duration.ofMinutes(15)).collect { [it.text(), it.seconds()] }

        when: 'the buckets are rolled up, then the raw points are gone (retention)'
        rollups.run(Instant.now())
        new vn.dcim.core.testing.Sql(dataSource).update('DELETE FROM series_point WHERE series_id = ?', [series.id()])
        def fromRollups = timeInState.of(series, window[0], window[1], Duration.ofMinutes(15)).collect { [it.text(), it.seconds()] }

        then: 'the same times as from the raw points: 20 min running, 45 min stopped (the last point holds 15 min), the rest no data'
        fromRaw == [['stopped', 45 * 60L], ['running', 20 * 60L], [null, 85 * 60L]]
        fromRollups == fromRaw
    }
}

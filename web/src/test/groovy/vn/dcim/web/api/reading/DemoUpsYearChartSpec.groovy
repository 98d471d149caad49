package vn.dcim.web.api.reading

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingChunkDuty
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.telemetry.RollupDuty
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

/**
 * How it is checked: "a year chart of the demo UPS after the conversion equals the one
 * before". A year of the demo UPS-01's output load, one point a minute as the poller writes it (a daily
 * cycle, noise in tenths of a percent, the demo's outage every 20 minutes), is read through
 * /api/readings by a signed-in operator, every closed day is folded into compressed chunks by the
 * product's duty, and the same windows are read again.
 */
@MicronautTest(transactional = false)
class DemoUpsYearChartSpec extends MariaDbSpec {
    static final String DEVICE = 'ups-1'
    static final String METRIC = 'ups.output.load'

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject ReadingSink sink
    @Inject RollupDuty rollups
    @Inject ReadingChunkDuty chunks

    def "the demo UPS's year chart, and its raw hours, read the same before and after its history is folded into chunks"() {
        given: 'a year of the demo UPS-01 load up to now: a point a minute on the days the raw windows read, every 6 hours on the others'
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES)
        Instant start = now.minus(Duration.ofDays(365))
        // a written-back year marks each 5-minute bucket as late, and RollupDuty rolls those up one by one
        // (~30 a second on a loaded 2-core machine): a year of minutes would take the spec most of an hour
        def dense = [100, 200, 300].collect { int back -> (365 - back) * 1440 }
        def minutes = (0..<365 * 1440).findAll { int i -> i % 360 == 0 || dense.any { int d -> i >= d - 60 && i < d + 1440 } || i >= 364 * 1440 }
        minutes.collate(20_000).each { block ->
            sink.record(block.collect { int i ->
                // the demo's grid fails every 20 minutes for 3: the load steps up while the UPS runs on battery
                double load = 42 + 8 * Math.sin(2 * Math.PI * (i % 1440) / 1440) + (i % 20 < 3 ? 5 : 0) + ((i * 7919) % 11) / 10d
                Reading.of(start.plus(Duration.ofMinutes(i)).plusMillis((i * 37) % 900), DEVICE, METRIC, '1', Math.round(load * 10) / 10d, '%')
            })
        }
        rollups.run(Instant.now())
        def windows = [
                'the year (days)'                 : [start, now, 600],
                'a day 100 days back (5 minutes)' : [now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(99)), 600],
                'an hour 200 days back (raw)'     : [now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(200)).plus(Duration.ofHours(1)), 600],
                'a whole day 300 days back (raw)' : [now.minus(Duration.ofDays(300)), now.minus(Duration.ofDays(299)), 2000],
                'the last hour (raw, still rows)' : [now.minus(Duration.ofHours(1)), now, 600]]
        def before = windows.collectEntries { name, w -> [(name): chart(w)] }

        when: 'the chunk duty folds every closed day, as often as it takes'
        def outcomes = (1..3).collect { chunks.run(Instant.now()).message() }

        then: 'the history is chunks now'
        outcomes[0].contains('CHUNKED')

        and: 'every window reads the same, point for point'
        windows.collectEntries { name, w -> [(name): chart(w)] } == before

        and: 'at the resolutions a chart of each window uses, with the points of every minute where raw'
        before.collect { name, c -> c.resolution } == ['1d', '5m', 'raw', 'raw', 'raw']
        before['an hour 200 days back (raw)'].points.size() == 60
        before['a whole day 300 days back (raw)'].points.size() == 1440
        before['the year (days)'].points.size() in [365, 366]
    }

    private Map chart(List w) {
        def answer = new Calls(server.URL).get("/api/readings?device=${DEVICE}&metric=${METRIC}&instance=1&from=${w[0]}&to=${w[1]}&points=${w[2]}",
                users.token(EnumSet.of(Role.operator)))
        assert answer.status == 200
        [resolution: answer.json.resolution, points: answer.json.points]
    }
}

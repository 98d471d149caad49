package vn.dcim.web.ui.device

import spock.lang.Specification
import vn.dcim.core.telemetry.LatestReading

import java.time.Duration
import java.time.Instant

/** How a device page lists its current values. */
class ReadingGroupSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-24T01:00:00Z')

    def "values are grouped by the first part of their metric, the device's own group last"() {
        when:
        def groups = ReadingGroup.of([latest('device.uptime', 12), latest('env.temperature', 23.5), latest('ups.output.load', 32)],
                Duration.ofMinutes(3), NOW)

        then:
        groups*.kind() == ['env', 'ups', 'device']
        groups[0].rows()*.metric() == ['env.temperature']
    }

    def "a value older than the device may be silent is stale; a state is not charted"() {
        when:
        def rows = ReadingGroup.of([latest('ups.output.load', 32, NOW.minusSeconds(181)),
                                    new LatestReading('ups-1', 'ups.output.source', '0', NOW, 5, 'battery', null)],
                Duration.ofMinutes(3), NOW)[0].rows()

        then:
        rows[0].stale()
        rows[0].gauge()
        !rows[1].stale()
        !rows[1].gauge()
    }

    def "#value is shown as #shown"() {
        expect:
        ReadingGroup.format(value) == shown

        where:
        value    || shown
        null     || null
        230d     || '230'
        42.5d    || '42.5'
        0.973d   || '0.97'
        -3.1d    || '-3.1'
    }

    static LatestReading latest(String metric, double value, Instant at = NOW) {
        new LatestReading('ups-1', metric, '0', at, value, null, null)
    }
}

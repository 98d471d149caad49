package vn.dcim.web.api.dashboard

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.testing.DemoApiSpec

import java.time.Duration
import java.time.Instant

/** A site's live state as the dashboard reads it: measured PUE or none, stale values marked, alarms colour. */
@MicronautTest(transactional = false)
class DashboardApiSpec extends DemoApiSpec {
    @Inject ReadingSink readings

    @Override
    Map<String, String> extraProperties() { super.extraProperties() + ['dcim.snmp.enabled': 'false'] }

    def "PUE is 'not enough data' until the switch and every PDU measure power, then facility ÷ IT"() {
        expect:
        with(site().pue) { value == null && missing == 'not-enough-data' }

        when: 'the switch measures 9 kW and three of the four PDUs 1.5 kW'
        record('ats-1', 'ats.output.power', 9000, null, 'W')
        ['pdu-a01-a', 'pdu-a01-b', 'pdu-a02-a'].each { record(it, 'pdu.power', 1500, null, 'W') }

        then: 'one PDU is missing: still no PUE (never a guess)'
        site().pue.value == null

        when:
        record('pdu-a02-b', 'pdu.power', 1500, null, 'W')

        then:
        with(site().pue) { value == 1.5 && facilityKw == 9.0 && itKw == 6.0 }
        site().chain.find { it.name == 'Tủ A01' }.values.find { it.metric == 'rack.power' }.value == 3000
    }

    def "a value older than the polling interval allows is marked stale, and so is its element"() {
        when: 'UPS-02 last reported ten minutes ago (polled each minute, stale after three)'
        record('ups-2', 'ups.output.load', 40, null, '%', Instant.now() - Duration.ofMinutes(10))
        def ups = site().chain.find { it.name == 'UPS-02' }

        then:
        ups.values.find { it.metric == 'ups.output.load' }.stale
        ups.state == 'stale'
    }

    def "an open alarm colours its element, and the element's readings may make it worse: UPS-01 on battery is critical"() {
        when:
        record('ups-1', 'ups.output.source', 5, 'battery', null)
        def ups = site().chain.find { it.name == 'UPS-01' }

        then: 'the alarm is major; what the UPS says (on battery) is critical, in words'
        site().alarms.major >= 1
        ups.state == 'critical'
        ups.said
    }

    def "the energy trend gives every month of a past year and the year, each PUE or the reason it has none"() {
        given: 'the demo chain\'s switch and PDUs report power now, so their meters exist; in 2025 they said nothing'
        record('ats-1', 'ats.output.power', 9000, null, 'W')
        ['pdu-a01-a', 'pdu-a01-b', 'pdu-a02-a', 'pdu-a02-b'].each { record(it, 'pdu.power', 1500, null, 'W') }

        when:
        def answer = calls.get('/api/dashboard/sites/demo/energy?year=2025', users.token(EnumSet.of(Role.operator)))

        then:
        answer.status == 200
        with(answer.json) {
            year == 2025
            months*.start == (1..12).collect { String.format('2025-%02d-01', it) }
            // no meter had a point in 2025: "no meter yet", never a PUE from zero energy
            months.every { it.pue == null && it.missing == 'no-readings' && it.category == 2 }
            total.start == '2025-01-01' && total.end == '2026-01-01' && total.missing == 'no-readings'
        }
    }

    def "the energy trend refuses #what"() {
        when:
        def answer = calls.get(path, users.token(EnumSet.of(Role.operator)))

        then:
        answer.status == status
        answer.text.contains(names)

        where:
        what                          | path                                              || status | names
        'a year that is not a number' | '/api/dashboard/sites/demo/energy?year=twenty'    || 422    | 'year'
        'a year still to come'        | '/api/dashboard/sites/demo/energy?year=2999'      || 422    | 'year'
        'a site that does not exist'  | '/api/dashboard/sites/nowhere/energy?year=2025'   || 404    | 'nowhere'
    }

    private Map site() {
        def answer = calls.get('/api/dashboard/sites/demo', users.token(EnumSet.of(Role.operator)))
        assert answer.status == 200
        answer.json as Map
    }

    private void record(String device, String metric, double value, String text, String unit, Instant at = Instant.now()) {
        readings.record([new Reading(at, device, metric, '0', value, text, unit)])
    }
}

package vn.dcim.web.api.reading

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Stepwise
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.snmp.sim.DemoAgents
import vn.dcim.snmp.sim.DemoBackfill
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Duration
import java.time.Instant

/**
 * On the demo's first start the charts show its last hour at once. The hour is what the
 * demo's agents would have answered, polled through the profiles and written through the ReadingSink;
 * a start of an install that has the demo already writes nothing. The live poller is off here, so every
 * point of the hour is the backfill's.
 */
@Stepwise
@MicronautTest(transactional = false)
class DemoBackfillSpec extends MariaDbSpec {
    /** The demo agents' ports: away from the product's 16100 and from other specs running at the same time. */
    @Shared int firstPort = 28000 + new Random().nextInt(200) * 20

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject DemoAgents agents
    @Inject DemoBackfill backfill

    @Override
    Map<String, String> extraProperties() {
        ['dcim.demo.enabled'          : 'true',
         'dcim.demo.backfill.enabled' : 'true',
         'dcim.demo.agents.first-port': String.valueOf(firstPort),
         'dcim.snmp.enabled'          : 'false']
    }

    def "after the demo's first start the #series chart holds its last hour, as the agents answered it"() {
        given: 'the hour before the agents started'
        Instant to = agents.startedAt()
        Instant from = to - Duration.ofHours(1)

        when: 'an operator reads the chart'
        new PollingConditions(timeout: 150, delay: 1).eventually {
            assert readings(device, metric, instance, from, to).points.size() >= 50
        }
        def points = readings(device, metric, instance, from, to).points
        def times = points.collect { Instant.parse(it.ts as String) }

        then: 'points spread over the hour, not bunched at its end'
        times.min() < from + Duration.ofMinutes(5)
        times.max() > to - Duration.ofMinutes(5)
        times.collate(2, 1, false).every { a, b -> Duration.between(a, b) <= Duration.ofMinutes(2) }

        and: 'the simulated values, decoded by the profile (the load in %, the temperature in °C)'
        points.every { it.value >= low && it.value <= high }
        points*.value.unique().size() > 1

        where:
        series            | device  | metric             | instance || low | high
        'UPS-01 load'     | 'ups-1' | 'ups.output.load'  | '1'      || 20  | 70
        'UPS-02 load'     | 'ups-2' | 'ups.output.load'  | '1'      || 20  | 70
    }

    def "a second start writes no second hour"() {
        given:
        int before = readings('ups-1', 'ups.output.load', '1', agents.startedAt() - Duration.ofHours(1), agents.startedAt()).points.size()

        when: 'the backfill is asked again, as on the next start of an install that has the demo'
        int written = backfill.backfillIfNew()

        then:
        written == 0
        readings('ups-1', 'ups.output.load', '1', agents.startedAt() - Duration.ofHours(1), agents.startedAt()).points.size() == before
    }

    def "the alarm console states the demo's outage schedule in #lang, its time in the center's zone"() {
        when:
        def answer = new Calls(server.URL).get('/ui/alarms', users.token(EnumSet.of(Role.operator)), [Cookie: "lang=$lang"])

        then:
        answer.status == 200
        answer.text.contains('id="demo-schedule-demo"')
        answer.text.contains(said)
        !(answer.text =~ /demo-schedule-demo"[^<]*\d{4}-\d\d-\d\dT/)

        where:
        lang || said
        'en' || 'Demo: the grid fails every 20 min for 3 min'
        'vi' || 'Bản demo: điện lưới mất mỗi 20 phút, mỗi lần 3 phút'
    }

    private Map readings(String device, String metric, String instance, Instant from, Instant to) {
        def answer = new Calls(server.URL).get("/api/readings?device=${device}&metric=${metric}&instance=${instance}&from=${from}&to=${to}&points=1000",
                users.token(EnumSet.of(Role.operator)))
        assert answer.status in [200, 404]
        // 404 until the series exists
        answer.status == 200 ? answer.json as Map : [status: answer.status, text: answer.text, points: []]
    }
}

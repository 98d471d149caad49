package vn.dcim.web.teach

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.snmp.testing.UnknownVendor
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.time.Instant

/**
 * Teaching an SNMP device through the API: a walk of a UPS nobody ships a profile for, drafted with the centre's
 * MIB, the choices previewed, saved as a profile file with its walk; bad input refused with 4xx naming the field and
 * nothing written; everyone but the administrator refused.
 */
@MicronautTest(transactional = false)
class SnmpTeachApiSpec extends MariaDbSpec {
    static final String ONE_VALUE = '1.3.6.1.4.1.64999.1.1.1.3.3.1.0|66|2476\n'
    static Path work = Files.createTempDirectory('dcim-teach-snmp-api')
    static Path profiles = work.resolve('profiles')
    static Path mibs = UnknownVendor.mibs(work.resolve('mibs'))
    @Shared String walk = Files.readString(UnknownVendor.recording(work))

    @Inject EmbeddedServer server
    @Inject TestUsers users

    /** 20:00 UTC on 31 March: already 1 April in the centre, the day the profile says it was taught. */
    @MockBean(Clock)
    Clock clock() { new MutableClock(Instant.parse('2026-03-31T20:00:00Z')) }

    @Override
    Map<String, String> extraProperties() {
        ['dcim.snmp.profiles-dir': profiles.toString(), 'dcim.snmp.mibs-dir': mibs.toString()]
    }

    def "a walk is drafted, the choices previewed on its values, and saved as a profile with its walk"() {
        given:
        def calls = new Calls(server.URL)
        String admin = users.token(EnumSet.of(Role.admin))

        when:
        def opened = calls.post('/api/teach/snmp/walks', [walk: walk, name: 'acme-api'], admin)
        def voltage = opened.json.candidates.find { it.mibName == 'upsHighPrecInputLineVoltage' }
        def status = opened.json.candidates.find { it.mibName == 'upsBasicOutputStatus' }

        then:
        opened.status == 200
        voltage.subMap('metric', 'unit', 'divisor', 'suggested') == [metric: 'ups.input.voltage', unit: 'V', divisor: 10, suggested: true]
        status.kind == 'state'
        status.samples[0].text == 'onLine'

        when: 'the voltage kept in whole volts by mistake, the status kept'
        def choices = [[index: voltage.index, keep: true, divisor: 1], [index: status.index, keep: true, metric: 'ups.output.state']]
        def preview = calls.post("/api/teach/snmp/walks/${opened.json.walkId}/preview", [name: 'acme-api', choices: choices], admin)

        then: 'the preview shows the wrong scale at once, and writes nothing'
        preview.status == 200
        preview.json.readings.find { it.metric == 'ups.input.voltage' }.shown == '2476 V'
        preview.json.readings.find { it.metric == 'ups.output.state' }.shown == 'onLine'
        !Files.exists(profiles.resolve('acme-api.yaml'))

        when: 'corrected and saved'
        choices[0].divisor = 10
        def saved = calls.post("/api/teach/snmp/walks/${opened.json.walkId}/profile", [name: 'acme-api', choices: choices], admin)
        def again = calls.post("/api/teach/snmp/walks/${opened.json.walkId}/profile", [name: 'acme-api', choices: choices], admin)

        then:
        saved.status == 201
        saved.json.readings.find { it.metric == 'ups.input.voltage' }.value == 247.6d
        Files.readString(profiles.resolve('acme-api.yaml')).contains('oid: 1.3.6.1.4.1.64999.1.1.1.3.3.1.0, unit: "V", divisor: 10}')
        Files.readString(profiles.resolve('acme-api.snmprec')).contains('1.3.6.1.4.1.64999.1.1.1.3.3.1.0|66|2476')
        Files.readString(profiles.resolve('acme-api.yaml')).contains(' on 2026-04-01; the walk is acme-api.snmprec')
        again.status == 409
    }

    def "#what is refused with #code and nothing is written"() {
        given:
        def calls = new Calls(server.URL)
        String admin = users.token(EnumSet.of(Role.admin))
        String walkId = calls.post('/api/teach/snmp/walks', [walk: walk, name: 'acme-bad'], admin).json.walkId

        when:
        def r = body.walk != null || body.containsKey('walk') ? calls.post('/api/teach/snmp/walks', body, admin)
                : calls.post("/api/teach/snmp/walks/${body.walkId ?: walkId}/profile", body, admin)

        then:
        r.status == code
        !Files.exists(profiles.resolve((body.name ?: 'none') + '.yaml')) || body.name == 'acme-api'

        where:
        what                       | body                                                                     || code
        'an empty walk'            | [walk: '', name: 'acme-bad']                                             || 422
        'a text that is no walk'   | [walk: 'hello\nworld', name: 'acme-bad']                                 || 422
        'a bad profile name'       | [walk: ONE_VALUE, name: '../etc']                                        || 422
        'no value kept'            | [name: 'acme-none', choices: []]                                         || 422
        'a shipped profile\'s name' | [name: 'ups-mib', choices: [[index: 0, keep: true]]]                    || 409
        'a metric name with YAML'  | [name: 'acme-yaml', choices: [[index: 0, keep: true, metric: 'a: {b']]]  || 422
        'a zero divisor'           | [name: 'acme-zero', choices: [[index: 0, keep: true, divisor: 0]]]       || 422
        'a value not in the draft' | [name: 'acme-idx', choices: [[index: 999, keep: true]]]                  || 422
        'a walk not held'          | [walkId: 'gone', name: 'acme-gone', choices: [[index: 0, keep: true]]]   || 404
    }

    def "only the administrator teaches: #roles is refused"() {
        given:
        def calls = new Calls(server.URL)

        expect:
        calls.post('/api/teach/snmp/walks', [walk: walk, name: 'acme-role'], users.token(roles)).status == 403
        calls.get('/ui/teach-snmp', users.token(roles)).status == 403

        where:
        roles << [EnumSet.of(Role.operator), EnumSet.of(Role.supervisor), EnumSet.of(Role.auditor)]
    }
}

package vn.dcim.snmp.poll

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.MutableClock
import vn.dcim.snmp.testing.AcmeCrac
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.time.Duration
import java.time.Instant

/**
 * A profile taught or copied into the centre's profiles directory is read at the next poll of a running poller, no
 * restart: added, changed, removed; a file that breaks keeps its previous version in force, counted once and logged.
 */
class LiveProfilesSpec extends Specification {
    static final String VENDOR = '1.3.6.1.4.1.99998'
    static final long RESCAN_MS = 30_000

    @Shared Path recordings = Files.createTempDirectory('live-profiles-rec')
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([crac: AcmeCrac.walk(recordings, VENDOR)], 0)
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()
    Path dir = Files.createTempDirectory('live-profiles')
    MutableClock clock = new MutableClock(Instant.parse('2026-11-27T08:00:00Z'))
    PollerProfiles profiles
    DevicePoller poller
    AgentAddress agent

    def setup() {
        def settings = new SnmpSettings()
        settings.profilesDir = dir.toString()
        settings.profilesRescanMs = RESCAN_MS
        profiles = new PollerProfiles(settings, clock)
        // as the polling service builds it: the profiles asked for at every poll
        poller = new DevicePoller(client, profiles.&catalog)
        agent = new AgentAddress('127.0.0.1', sim.port, '2c', 'crac', null, null, null, null, null, 2000, 1)
    }

    def cleanup() {
        dir.toFile().deleteDir()
    }

    def "a profile saved, changed and removed while the poller runs is in force at the next poll"() {
        expect: 'nothing of the vendor is read at first'
        vendorValues().isEmpty()

        when: 'a profile is saved as the teaching screen saves it (a temporary file moved into place)'
        save('acme-crac.yaml', profile("{name: cooling.return_air.temperature, oid: '${VENDOR}.2.1.0', unit: °C, divisor: 10}"))

        then: 'until the next look the set in force is the one read at start'
        vendorValues().isEmpty()

        when:
        clock.advance(Duration.ofMillis(RESCAN_MS))

        then: "the next poll chooses the device's profiles again and reads the new metric"
        vendorValues() == ['cooling.return_air.temperature': 24.5d]
        profiles.own() == ['acme-crac']

        when: "the file is changed: matched now by the tables it reads, not by the device's identity, with a second metric"
        save('acme-crac.yaml', """\
            name: acme-crac
            match: {probe: ['${VENDOR}.2']}
            metrics:
              - {name: cooling.return_air.temperature, oid: '${VENDOR}.2.1.0', unit: °C, divisor: 10}
              - {name: cooling.supply_air.temperature, oid: '${VENDOR}.2.2.0', unit: °C, divisor: 10}
            """.stripIndent())
        clock.advance(Duration.ofMillis(RESCAN_MS))

        then:
        vendorValues() == ['cooling.return_air.temperature': 24.5d, 'cooling.supply_air.temperature': 17.2d]

        when: 'the file is removed'
        Files.delete(dir.resolve('acme-crac.yaml'))
        clock.advance(Duration.ofMillis(RESCAN_MS))

        then:
        vendorValues().isEmpty()
        profiles.own().isEmpty()
        profiles.refused() == 0
    }

    def "#why: the previous version stays in force, the refusal counted once with its reason"() {
        given: 'a profile in force'
        save('acme-crac.yaml', profile("{name: cooling.return_air.temperature, oid: '${VENDOR}.2.1.0', unit: °C, divisor: 10}"))
        profiles.reload()

        expect:
        vendorValues() == ['cooling.return_air.temperature': 24.5d]

        when: 'it is overwritten by a broken version'
        save('acme-crac.yaml', broken)
        clock.advance(Duration.ofMillis(RESCAN_MS))

        then: 'the poll still reads with the version before'
        vendorValues() == ['cooling.return_air.temperature': 24.5d]
        profiles.own() == ['acme-crac']
        profiles.rejected().size() == 1
        profiles.rejected()[0].startsWith('acme-crac.yaml: ')
        profiles.rejected()[0].contains(reason)
        profiles.rejected()[0].endsWith('its previous version stays in force')
        profiles.refused() == 1

        when: 'looked at again with nothing changed'
        clock.advance(Duration.ofMillis(RESCAN_MS))
        vendorValues()

        then: 'not counted again'
        profiles.refused() == 1

        when: 'the file is mended'
        save('acme-crac.yaml', profile("{name: cooling.supply_air.temperature, oid: '${VENDOR}.2.2.0', unit: °C, divisor: 10}"))
        clock.advance(Duration.ofMillis(RESCAN_MS))

        then:
        vendorValues() == ['cooling.supply_air.temperature': 17.2d]
        profiles.rejected().isEmpty()

        where:
        why                       | broken                                                                             || reason
        'not YAML'                | 'name: [acme-crac'                                                                 || 'YAML'
        'an unknown key'          | "name: acme-crac\nmatch: {sysDescr: [X]}\nmetrics: [{name: a, oid: '${VENDOR}.2.1.0', colour: red}]" || 'colour'
        'no metrics left'         | "name: acme-crac\nmatch: {sysDescr: [X]}\nmetrics: []"                             || 'metrics'
        'a bad OID'               | "name: acme-crac\nmatch: {sysDescr: [X]}\nmetrics: [{name: a, oid: 'one.two'}]"   || 'one.two'
    }

    def "a broken file never read before is left out, the others in force"() {
        when:
        save('good.yaml', profile("{name: cooling.return_air.temperature, oid: '${VENDOR}.2.1.0', unit: °C, divisor: 10}"))
        save('bad.yaml', 'name: [bad')
        clock.advance(Duration.ofMillis(RESCAN_MS))

        then:
        vendorValues() == ['cooling.return_air.temperature': 24.5d]
        profiles.rejected().size() == 1
        profiles.rejected()[0].startsWith('bad.yaml: ')
        !profiles.rejected()[0].contains('previous version')
        profiles.refused() == 1
    }

    Map<String, Double> vendorValues() {
        poller.poll(agent, null).get().values().findAll { it.oid().startsWith(VENDOR) }.collectEntries { [it.metric(), it.value()] }
    }

    void save(String name, String text) {
        Path tmp = Files.createTempFile(dir, '.teach', '.tmp')
        Files.writeString(tmp, text)
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
    }

    static String profile(String metric) {
        "name: acme-crac\nmatch: {sysObjectId: ['${VENDOR}.1.1']}\nmetrics:\n  - ${metric}\n"
    }
}

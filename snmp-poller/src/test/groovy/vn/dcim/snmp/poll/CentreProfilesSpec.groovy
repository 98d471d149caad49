package vn.dcim.snmp.poll

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.profile.CentreProfiles
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.AcmeCrac
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Files
import java.nio.file.Path

/**
 * A model nobody shipped a profile for is read once the centre writes one into its profiles directory; a file that
 * cannot be used is left out with its reason, never keeping the others or the poller from starting.
 */
class CentreProfilesSpec extends Specification {
    /** An enterprise number no shipped profile reads: a precision cooling unit of a vendor without a public MIB. */
    static final String VENDOR = '1.3.6.1.4.1.99999'

    @Shared Path recordings = Files.createTempDirectory('centre-profiles-rec')
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([crac: AcmeCrac.walk(recordings, VENDOR, true)], 0)
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()
    Path dir = Files.createTempDirectory('centre-profiles')

    def cleanup() {
        dir.toFile().deleteDir()
    }

    def "the centre's profile reads a model no shipped profile knows"() {
        given:
        def agent = new AgentAddress('127.0.0.1', sim.port, '2c', 'crac', null, null, null, null, null, 2000, 1)

        expect: 'the shipped profiles read nothing of its own'
        new DevicePoller(client, ProfileCatalog.load()).poll(agent, null).get().values().every { !it.oid().startsWith(VENDOR) }

        when: 'the technician drops a profile written from the vendor manual'
        Files.writeString(dir.resolve('acme-crac.yaml'), """\
            name: acme-crac
            description: 'ACME precision cooling, controller card (vendor manual, table of registers)'
            match:
              sysObjectId: ['${VENDOR}.1.1']
            metrics:
              - {name: cooling.return_air.temperature, oid: '${VENDOR}.2.1.0', unit: °C, divisor: 10}
              - {name: cooling.supply_air.temperature, oid: '${VENDOR}.2.2.0', unit: °C, divisor: 10}
              - {name: cooling.fan.speed, column: '${VENDOR}.3.1.2', unit: '%'}
            """.stripIndent())
        def profiles = CentreProfiles.load(dir)
        def r = new DevicePoller(client, profiles.catalog()).poll(agent, null).get()

        then:
        profiles.own() == ['acme-crac']
        profiles.rejected().isEmpty()
        r.profiles().contains('acme-crac')
        r.values().find { it.metric() == 'cooling.return_air.temperature' }.value() == 24.5d
        r.values().find { it.metric() == 'cooling.supply_air.temperature' }.value() == 17.2d
        r.values().findAll { it.metric() == 'cooling.fan.speed' }.collectEntries { [it.instance(), it.value()] } == ['1': 80d, '2': 75d]
    }

    def "#why is left out with its reason, the good file beside it still read"() {
        given:
        Files.writeString(dir.resolve('good.yaml'), "name: good\nmatch: {sysObjectId: ['${VENDOR}.1.1']}\nmetrics: [{name: env.temperature, oid: '${VENDOR}.2.1.0', unit: °C}]\n")
        Files.writeString(dir.resolve(file), content)
        Files.writeString(dir.resolve('notes.txt'), 'not a profile: not read')

        when:
        def profiles = CentreProfiles.load(dir)

        then:
        profiles.own() == ['good']
        profiles.rejected().size() == 1
        profiles.rejected()[0].startsWith(file + ': ')
        profiles.rejected()[0].contains(reason)
        profiles.catalog().named('good').present

        where:
        why                         | file        | content                                                                              || reason
        'a file that is not YAML'   | 'bad.yaml'  | 'name: [unclosed'                                                                    || 'YAML'
        'an unknown key'            | 'key.yml'   | "name: k\nmatch: {sysDescr: [X]}\nmetrics: [{name: a, oid: '1.3.6.1.4.1.1.1.0', colour: red}]" || 'colour'
        'no metrics'                | 'empty.yaml'| "name: e\nmatch: {sysDescr: [X]}\nmetrics: []"                                      || 'metrics'
        'overriding what is not there' | 'ov.yaml' | "name: o\noverrides: [nowhere]\nmatch: {sysDescr: [X]}\nmetrics: [{name: a, oid: '1.3.6.1.4.1.1.1.0'}]" || 'nowhere'
        'a second file of one name' | 'twin.yaml' | "name: good\nmatch: {sysDescr: [X]}\nmetrics: [{name: a, oid: '1.3.6.1.4.1.1.1.0'}]" || "already named 'good'"
    }

    def "a centre's profile named as a shipped one replaces it"() {
        given:
        def shipped = ProfileCatalog.load().all()[0]
        Files.writeString(dir.resolve('mine.yaml'), "name: ${shipped.name()}\nmatch: {sysDescr: [X]}\nmetrics: [{name: env.temperature, oid: '${VENDOR}.2.1.0'}]\n")

        when:
        def catalog = CentreProfiles.load(dir).catalog()

        then:
        catalog.all().size() == ProfileCatalog.load().all().size()
        catalog.named(shipped.name()).get().metrics()*.oid() == ["${VENDOR}.2.1.0".toString()]
    }

    def "no directory: the shipped profiles"() {
        expect:
        CentreProfiles.load(dir.resolve('absent')).catalog().all().size() == ProfileCatalog.load().all().size()
        CentreProfiles.load(null).rejected().isEmpty()
    }
}

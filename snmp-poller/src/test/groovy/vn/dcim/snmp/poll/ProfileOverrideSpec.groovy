package vn.dcim.snmp.poll

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.profile.Profile
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.profile.ProfileReader
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Files
import java.nio.file.Path

/**
 * A profile for a device family that deviates from a standard MIB overrides the standard profile
 * for the OIDs both name (profile key `overrides`), whatever order the catalog lists them in: the
 * MGE Galaxy answers UPS-MIB voltages in 0.1 V with a trailing .0 on the row index.
 */
class ProfileOverrideSpec extends Specification {
    static final String INPUT_VOLTAGE = '1.3.6.1.2.1.33.1.3.3.1.3.1.0'
    static final String OUTPUT_VOLTAGE = '1.3.6.1.2.1.33.1.4.4.1.2.1.0'
    static final String OUTPUT_LOAD = '1.3.6.1.2.1.33.1.4.4.1.5.1.0'

    @Shared Path dir = Files.createTempDirectory('override')
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([
            galaxy7000: ups('MGE Galaxy 7000 UPS 250 kVA', '1.3.6.1.4.1.705.1.2'),
            galaxy5000: ups('GALAXY 5000 40 kVA', '1.3.6.1.4.1.705.1.2'),
            pulsar    : ups('MGE Pulsar M 3000', '1.3.6.1.4.1.705.1.2')], 0)
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()

    def "#community (#order) reads UPS-MIB input voltage #input V and output voltage #output V"() {
        given: 'the shipped profiles, in the order under test'
        def shipped = ProfileCatalog.load().all()
        def catalog = ProfileCatalog.of(order == 'shipped order' ? shipped : shipped.reverse())

        when:
        def r = new DevicePoller(client, catalog).poll(new AgentAddress('127.0.0.1', sim.port, '2c', community,
                null, null, null, null, null, 2000, 1), null).get()
        def byOid = r.values().groupBy { it.oid() }

        then: 'each OID is read once, by the most specific profile'
        r.profiles().contains('ups-mib')
        r.profiles().contains('mge-galaxy') == galaxy
        byOid[INPUT_VOLTAGE]*.value() == [input]
        byOid[OUTPUT_VOLTAGE]*.value() == [output]
        byOid[OUTPUT_LOAD]*.value() == [9d]
        byOid[INPUT_VOLTAGE][0].instance() == '1.0'

        and: 'what only the standard profile names is still read'
        byOid['1.3.6.1.2.1.33.1.2.1.0']*.text() == ['normal']

        where:
        community    | order            || galaxy | input  | output
        'galaxy7000' | 'shipped order'  || true   | 236.3d | 230.3d
        'galaxy7000' | 'reversed order' || true   | 236.3d | 230.3d
        'galaxy5000' | 'shipped order'  || true   | 236.3d | 230.3d
        'pulsar'     | 'shipped order'  || false  | 2363d  | 2303d   // RFC 1628 as written: whole volts
        'pulsar'     | 'reversed order' || false  | 2363d  | 2303d
    }

    def "the overriding profile reads an OID both name, whichever the catalog lists first (#first first)"() {
        given: 'two profiles that both apply by sysDescr, so that only `overrides` can order them'
        def standard = profile('name: standard\nmatch: {sysDescr: [Galaxy]}\n' +
                'metrics: [{name: ups.input.voltage, column: 1.3.6.1.2.1.33.1.3.3.1.3, unit: V}]')
        def deviant = profile('name: deviant\noverrides: [standard]\nmatch: {sysDescr: [Galaxy]}\n' +
                'metrics: [{name: ups.input.voltage, column: 1.3.6.1.2.1.33.1.3.3.1.3, unit: V, divisor: 10}]')
        def catalog = ProfileCatalog.of(first == 'standard' ? [standard, deviant] : [deviant, standard])

        when:
        def r = new DevicePoller(client, catalog).poll(new AgentAddress('127.0.0.1', sim.port, '2c', 'galaxy7000',
                null, null, null, null, null, 2000, 1), null).get()

        then:
        r.profiles().toSet() == ['standard', 'deviant'] as Set
        r.values().findAll { it.oid() == INPUT_VOLTAGE }*.value() == [236.3d]

        where:
        first << ['standard', 'deviant']
    }

    static Profile profile(String yaml) {
        ProfileReader.read('spec.yaml', new ByteArrayInputStream(yaml.bytes))
    }

    /** A UPS answering the UPS-MIB battery group and the Galaxy's three UPS-MIB columns. */
    Path ups(String sysDescr, String sysObjectId) {
        def file = dir.resolve(sysDescr.replaceAll(/\W+/, '-') + '.snmprec')
        Files.writeString(file, """\
            1.3.6.1.2.1.1.1.0|4|${sysDescr}
            1.3.6.1.2.1.1.2.0|6|${sysObjectId}
            1.3.6.1.2.1.33.1.2.1.0|2|2
            ${INPUT_VOLTAGE}|66|2363
            ${OUTPUT_VOLTAGE}|66|2303
            ${OUTPUT_LOAD}|66|9
            """.stripIndent())
        file
    }
}

package vn.dcim.snmp.cli

import picocli.CommandLine
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.poll.AgentAddress
import vn.dcim.snmp.poll.DevicePoller
import vn.dcim.snmp.poll.SnmpClient
import vn.dcim.snmp.profile.CentreProfiles
import vn.dcim.snmp.testing.Snmpsim
import vn.dcim.snmp.testing.UnknownVendor

import java.nio.file.Files
import java.nio.file.Path

/**
 * ./dcim profile draft on a device the product has never seen: a real UPS recording (apc_smart1500) and its MIB moved
 * under an enterprise number no shipped profile reads, so nothing in the product knows it. The draft, written
 * from the snmprec or from snmpwalk -On output, passes `profile check`, and the poller reads the recorded device
 * with it from the centre's profiles directory.
 */
class ProfileDraftCommandSpec extends Specification {
    static final String APC = UnknownVendor.REAL
    static final String UNKNOWN = UnknownVendor.ENTERPRISE

    @Shared Path work = Files.createTempDirectory('profile-draft')
    @Shared Path recording = UnknownVendor.recording(Files.createTempDirectory('acme-rec'), 'acme')
    @Shared Path mibs = UnknownVendor.mibs(work.resolve('mibs'))
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()

    def cleanupSpec() {
        work.toFile().deleteDir()
    }

    def "a draft from #format passes profile check and names the UPS's input voltage in tenths"() {
        given:
        Path out = work.resolve("drafted-${format}.yaml")
        Files.deleteIfExists(out)

        when:
        def run = cli('draft', walk(format).toString(), '--name', 'acme-ups', '--mibs-dir', mibs.toString(),
                '--profiles-dir', work.resolve('none').toString(), '--out', out.toString())
        def check = cli('check', out.toString())
        String yaml = Files.readString(out)

        then:
        run.exit == 0
        check.exit == 0
        check.out.contains('profile acme-ups')
        yaml.contains("sysObjectId: [1.3.6.1.4.1.64999.1.3.27]")
        yaml.contains('{name: "ups.input.voltage", mibName: "upsHighPrecInputLineVoltage", oid: 1.3.6.1.4.1.64999.1.1.1.3.3.1.0, unit: "V", divisor: 10}')
        yaml.contains('{name: "ups.battery.runtime", mibName: "upsAdvBatteryRunTimeRemaining", oid: 1.3.6.1.4.1.64999.1.1.1.2.2.3.0, unit: "min", divisor: 6000}')
        yaml.contains('mibName: "upsBasicOutputStatus", oid: 1.3.6.1.4.1.64999.1.1.1.4.1.1.0, kind: state')
        run.err.contains('upsHighPrecInputLineVoltage')
        run.err =~ /\[0] = 247\.6 V/

        where:
        format << ['snmprec', 'snmpwalk']
    }

    def "the drafted profile in the centre's directory reads the device"() {
        given:
        Path dir = Files.createDirectories(work.resolve('profiles'))
        cli('draft', recording.toString(), '--name', 'acme-ups', '--mibs-dir', mibs.toString(), '--profiles-dir', dir.toString(),
                '--out', dir.resolve('acme-ups.yaml').toString(), '--force')
        Snmpsim sim = Snmpsim.serve([acme: recording], 0)
        def agent = new AgentAddress('127.0.0.1', sim.port, '2c', 'acme', null, null, null, null, null, 2000, 1)

        when:
        def profiles = CentreProfiles.load(dir)
        def r = new DevicePoller(client, profiles.catalog()).poll(agent, null).get()

        then:
        profiles.own() == ['acme-ups']
        r.profiles().contains('acme-ups')
        r.values().find { it.oid() == UNKNOWN + '1.1.1.3.3.1.0' }.value() == 247.6d
        r.values().find { it.oid() == UNKNOWN + '1.1.1.4.3.3.0' }.value() == 17.6d
        r.values().find { it.oid() == UNKNOWN + '1.1.1.4.1.1.0' }.text() == 'onLine'

        when: 'the device is drafted again: what the profile of the centre reads is not drafted twice'
        def again = cli('draft', recording.toString(), '--name', 'acme-ups2', '--mibs-dir', mibs.toString(), '--profiles-dir', dir.toString())

        then:
        again.exit == 1
        again.err =~ /\d+ already read by acme-ups/
        !again.err.contains('upsHighPrecInputLineVoltage')

        cleanup:
        sim?.close()
    }

    def "#what exits #code"() {
        given:
        Path file = work.resolve('case-' + code)
        Files.writeString(file, content)
        Path out = work.resolve('exists.yaml')
        Files.writeString(out, 'x')

        expect:
        cli(*(['draft', file.toString(), '--mibs-dir', mibs.toString()] + extra.collect { it == 'OUT' ? out.toString() : it })).exit == code

        where:
        what                               | content                                    | extra                       || code
        'a file that is no walk'           | 'hello\nworld\n'                           | []                          || 2
        'a walk the shipped profiles read' | sample('1.3.6.1.4.1.318.1.3.27', APC)      | []                          || 1
        'a bad name'                       | sample('1.3.6.1.4.1.64999.1', UNKNOWN)     | ['--name', 'Bad Name']      || 2
        'an existing --out'                | sample('1.3.6.1.4.1.64999.1', UNKNOWN)     | ['--out', 'OUT']            || 3
    }

    /** A few lines of the UPS's high-precision group under an enterprise. */
    static String sample(String sysObjectId, String enterprise) {
        "1.3.6.1.2.1.1.1.0|4|UPS card\n1.3.6.1.2.1.1.2.0|6|${sysObjectId}\n${enterprise}1.1.1.3.3.1.0|66|2476\n${enterprise}1.1.1.4.3.3.0|66|176\n"
    }

    Path walk(String format) {
        if (format == 'snmprec') {
            return recording
        }
        // the same recording as `snmpwalk -On` prints it
        Path w = work.resolve('walk.txt')
        def types = ['2': 'INTEGER', '4': 'STRING', '6': 'OID', '64': 'IpAddress', '65': 'Counter32', '66': 'Gauge32', '67': 'Timeticks', '70': 'Counter64']
        Files.write(w, Files.readAllLines(recording).collect { line ->
            def (oid, tag, value) = line.split(/\|/, 3) as List
            String t = types[tag.replaceAll(/x$/, '')]
            String v = tag == '4' ? "\"${value}\"" : tag == '67' ? "(${value}) 0:00:00.00" : tag == '6' ? ".${value}" : value
            ".${oid} = ${t}: ${v}"
        })
        w
    }

    static Map cli(String... args) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def savedOut = System.out
        def savedErr = System.err
        System.out = new PrintStream(out, true, 'UTF-8')
        System.err = new PrintStream(err, true, 'UTF-8')
        try {
            int exit = new CommandLine(new ProfileCommand()).execute(args)
            [exit: exit, out: out.toString('UTF-8'), err: err.toString('UTF-8')]
        } finally {
            System.out = savedOut
            System.err = savedErr
        }
    }
}

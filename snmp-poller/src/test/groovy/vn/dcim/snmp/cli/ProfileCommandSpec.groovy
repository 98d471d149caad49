package vn.dcim.snmp.cli

import picocli.CommandLine
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/** ./dcim profile check: a technician's profile file judged as the poller would read it, with an exit code for scripts. */
class ProfileCommandSpec extends Specification {
    Path dir = Files.createTempDirectory('profile-check')

    def cleanup() {
        dir.toFile().deleteDir()
    }

    def "profile check of #what exits #code"() {
        given:
        def file = dir.resolve('p.yaml')
        if (content != null) {
            Files.writeString(file, content)
        }
        def err = new ByteArrayOutputStream()
        def savedErr = System.err
        System.err = new PrintStream(err, true, 'UTF-8')

        when:
        int exit
        try {
            exit = new CommandLine(new ProfileCommand()).execute('check', file.toString())
        } finally {
            System.err = savedErr
        }

        then:
        exit == code
        err.toString('UTF-8').contains(says)

        where:
        what                  | content                                                                              || code | says
        'a usable profile'    | "name: acme\nmatch: {sysDescr: [ACME]}\nmetrics: [{name: env.temperature, oid: '1.3.6.1.4.1.99999.2.1.0', unit: °C}]" || 0 | ''
        'an OID that is not'  | "name: acme\nmatch: {sysDescr: [ACME]}\nmetrics: [{name: env.temperature, oid: 'upsInputVoltage'}]" || 1 | 'p.yaml'
        'an unknown override' | "name: acme\noverrides: [gone]\nmatch: {sysDescr: [ACME]}\nmetrics: [{name: a, oid: '1.3.6.1.4.1.1.1.0'}]" || 1 | "unknown profile 'gone'"
        'a missing file'      | null                                                                                 || 2 | 'cannot read'
    }
}

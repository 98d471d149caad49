package vn.dcim.web.cli

import picocli.CommandLine
import spock.lang.Specification

import java.nio.file.Files

class RestoreCommandSpec extends Specification {

    def "restore --into refuses anything but a plain schema name, before touching a database: #into"() {
        given:
        def backup = Files.createTempFile('dcim-dcim-20261122-013000', '.sql.gz.enc')
        def err = new ByteArrayOutputStream()
        def stderr = System.err
        System.setErr(new PrintStream(err, true, 'UTF-8'))

        when:
        int code
        try {
            code = new CommandLine(new DcimCommand()).execute('restore', '--into', into, backup.toString())
        } finally {
            System.setErr(stderr)
        }

        then:
        code != 0
        err.toString('UTF-8').contains('--into')
        err.toString('UTF-8').contains(reason)

        where:
        into                         || reason
        'mysql'                      || "server's own schemas"
        'information_schema'         || "server's own schemas"
        'performance_schema'         || "server's own schemas"
        'sys'                        || "server's own schemas"
        'dcim`; DROP DATABASE dcim'  || 'Not a schema name'
        'a' * 65                     || 'Not a schema name'
        'dcim-restore'               || 'Not a schema name'
        ''                           || 'Not a schema name'
    }
}

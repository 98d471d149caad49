package vn.dcim.core.compliance

import spock.lang.Specification

import java.time.Instant

/** Art. 30.7c: monitoring data encrypted at rest holds only when the server encrypts tables and redo log. */
class EncryptedAtRestSpec extends Specification {

    def "innodb_encrypt_tables=#tables, innodb_encrypt_log=#log: Art. 30.7c #verdict"() {
        when:
        def status = EncryptedAtRestCheck.judge(tables, log)

        then:
        status.state().name() == verdict
        status.summary().startsWith("innodb_encrypt_tables=$tables, innodb_encrypt_log=$log")

        where:
        tables  | log   || verdict
        'ON'    | 'ON'  || 'compliant'
        'FORCE' | 'ON'  || 'compliant'
        'ON'    | 'OFF' || 'non_compliant'
        'OFF'   | 'ON'  || 'non_compliant'
        'OFF'   | 'OFF' || 'non_compliant'
        'null'  | 'null'|| 'non_compliant'
    }
}

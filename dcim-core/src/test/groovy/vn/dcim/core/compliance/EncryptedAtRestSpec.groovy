package vn.dcim.core.compliance

import spock.lang.Specification

import java.time.Instant

/** Art. 30.7c: monitoring data encrypted at rest holds only when the server encrypts tables and redo log. */
class EncryptedAtRestSpec extends Specification {

    def "innodb_encrypt_tables=#tables, innodb_encrypt_log=#log: Art. 30.7c #verdict"() {
        when:
        def status = Checks.EncryptedAtRest.judge(tables, log)

        then:
        status.article() == 'Art. 30.7c'
        status.verdict().name() == verdict
        status.evidence().startsWith("innodb_encrypt_tables=$tables, innodb_encrypt_log=$log")

        where:
        tables  | log   || verdict
        'ON'    | 'ON'  || 'holds'
        'FORCE' | 'ON'  || 'holds'
        'ON'    | 'OFF' || 'fails'
        'OFF'   | 'ON'  || 'fails'
        'OFF'   | 'OFF' || 'fails'
        'null'  | 'null'|| 'fails'
    }
}

package vn.dcim.core.backup

import spock.lang.Specification

class SchemaNameSpec extends Specification {

    def "a restore target is a plain schema name and never one of the server's own: #name"() {
        when:
        def ok = tryCheck(name)

        then:
        ok == valid

        where:
        name                          || valid
        'dcim_restore'                || true
        'DCIM_2026'                   || true
        'a' * 64                      || true
        'a' * 65                      || false
        ''                            || false
        null                          || false
        'dcim; DROP DATABASE dcim'    || false
        'dcim`x'                      || false
        'dcim-restore'                || false
        'dcim.restore'                || false
        'khôi_phục'                   || false
        'mysql'                       || false
        'MySQL'                       || false
        'information_schema'          || false
        'performance_schema'          || false
        'sys'                         || false
    }

    static boolean tryCheck(String name) {
        try {
            SchemaName.check(name)
            true
        } catch (IllegalArgumentException e) {
            assert e.message
            false
        }
    }
}

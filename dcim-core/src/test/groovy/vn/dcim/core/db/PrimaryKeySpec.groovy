package vn.dcim.core.db

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

/**
 * Every table the migrations leave has a primary key: MariaDB Galera replicates a row change by its key,
 * and a table without one is replicated by full-row search on every node, or refused with wsrep_mode
 * REQUIRED_PRIMARY_KEY (docs/deploy.md "MariaDB Galera"). Flyway's own history table counts too.
 */
@MicronautTest(transactional = false)
class PrimaryKeySpec extends MariaDbSpec {

    @Inject
    DataSource dataSource

    def "every table of the migrated schema has a primary key"() {
        when:
        // the keys are read for this schema by name: correlated with the outer row (c.table_schema = t.table_schema),
        // MariaDB opened every table of every schema on the server for each table, ~18 s of its CPU
        def tables = new Sql(dataSource).rows('''
                SELECT t.table_name AS name,
                       t.table_name IN (SELECT c.table_name FROM information_schema.table_constraints c
                                        WHERE c.table_schema = DATABASE() AND c.constraint_type = 'PRIMARY KEY') AS keyed
                FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                ORDER BY t.table_name''')

        then: 'the check sees the whole schema, Flyway\'s history included'
        tables.size() > 50
        tables*.name.contains('flyway_schema_history')

        and:
        tables.findAll { !it.keyed }*.name == []
    }

    def "the check tells a table without a primary key from one with #what"() {
        given:
        def sql = new Sql(dataSource)
        sql.update('DROP TABLE IF EXISTS pk_probe')
        sql.update("CREATE TABLE pk_probe (a INT NOT NULL, b INT NOT NULL $key)")

        expect:
        sql.count('''SELECT COUNT(*) FROM information_schema.table_constraints
                     WHERE table_schema = DATABASE() AND table_name = 'pk_probe' AND constraint_type = 'PRIMARY KEY' ''') == keyed

        cleanup:
        sql.update('DROP TABLE IF EXISTS pk_probe')

        where:
        what                  | key                    || keyed
        'a primary key'       | ', PRIMARY KEY (a, b)' || 1
        'only a unique key'   | ', UNIQUE KEY (a)'     || 0
        'no key at all'       | ''                     || 0
    }
}

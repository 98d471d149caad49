package vn.dcim.core.db

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

import javax.sql.DataSource
import java.nio.file.Files
import java.nio.file.Path

/**
 * The schema is one sequence of migrations (docs/architecture.md): every file applies, in the order of
 * its number, and a migration once merged is never edited (an installed database would refuse to start:
 * Flyway compares checksums).
 */
@MicronautTest(transactional = false)
class MigrationSpec extends MariaDbSpec {
    static final Path MIGRATIONS = Path.of('src/main/resources/db/migration')
    /** version and Flyway checksum of every merged migration; a new migration adds its line. */
    static final Path MERGED = Path.of('src/test/resources/db/merged-migrations.txt')

    @Inject
    DataSource dataSource

    def "every migration file is applied, successfully, in the order of its number"() {
        given:
        def files = Files.list(MIGRATIONS).withCloseable { s -> s.map { it.fileName.toString() }.toList() }
        def fileVersions = files.collect { (it =~ /^V(\d+)__.+\.sql$/).with { m -> assert m.matches(): "not a migration name: $it"; m[0][1] } }

        when:
        def rows = query("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")

        then: 'each file once, each applied'
        fileVersions.toSet().size() == fileVersions.size()
        rows*.version.toSet() == fileVersions.toSet()
        rows.every { it.success }

        and: 'applied in ascending order: one sequence, nothing out of order'
        rows*.version == rows*.version.sort(false) { it as int }
    }

    def "no merged migration was edited, and each new one is recorded in merged-migrations.txt"() {
        given:
        def merged = Files.readAllLines(MERGED).findAll { it && !it.startsWith('#') }
                .collectEntries { def (v, sum) = it.split(/\s+/); [(v): sum as int] }
        def applied = query("SELECT version, checksum FROM flyway_schema_history WHERE version IS NOT NULL")
                .collectEntries { [(it.version): it.checksum as int] }

        expect:
        applied.findAll { v, sum -> merged.containsKey(v) && merged[v] != sum }.isEmpty()
        applied.keySet().findAll { !merged.containsKey(it) }.with { missing ->
            assert missing.isEmpty(): "record the new migrations in ${MERGED}:\n" + missing.collect { "$it ${applied[it]}" }.join('\n')
            true
        }
        merged.keySet().every { applied.containsKey(it) }
    }

    def "the server is MariaDB, not an imitation"() {
        expect:
        query("SELECT VERSION() AS v")[0].v.toLowerCase().contains('mariadb')
    }

    def "table #table exists after migration"() {
        expect:
        query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '${table}'")[0].n == 1

        where:
        table << ['site', 'room', 'rack', 'asset', 'power_feed', 'isp_link', 'monitored_device',
                  'reading', 'latest_reading', 'device_error', 'QRTZ_JOB_DETAILS', 'QRTZ_LOCKS']
    }

    List<Map> query(String sql) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            def rs = c.createStatement().executeQuery(sql)
            def md = rs.metaData
            def out = []
            while (rs.next()) {
                out << (1..md.columnCount).collectEntries { [(md.getColumnLabel(it)): rs.getObject(it)] }
            }
            out
        }
    }
}

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

        and: 'applied in ascending order (on a fresh schema; installed ones are guarded by the sequence check below)'
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

    def "the migration files continue the merged sequence: no number below the highest merged, no gap, none deleted"() {
        given:
        def files = Files.list(MIGRATIONS).withCloseable { s -> s.map { it.fileName.toString() }.toList() }
        def fileVersions = files.collect { (it =~ /^V(\d+)__.+\.sql$/)[0][1] as int }

        expect:
        sequenceProblems(mergedVersions(), fileVersions) == []
    }

    def "the sequence check refuses #what"() {
        expect:
        sequenceProblems(merged, files) == problems

        where:
        what                                   | merged       | files                || problems
        'nothing when the next number follows' | [1, 2, 5]    | [1, 2, 5, 6, 7]      || []
        'a new file below the highest merged'  | [1, 2, 5]    | [1, 2, 3, 5]         || ['V3 is below the highest merged migration V5: take V6']
        'a gap after the highest merged'       | [1, 2, 5]    | [1, 2, 5, 7]         || ['V7 leaves a gap: the next migration is V6']
        'a merged migration deleted'           | [1, 2, 5]    | [1, 5]               || ['V2 was merged and its file is gone']
        'two files of one number'              | [1]          | [1, 2, 2]            || ['V2 is used by two files']
    }

    /** The versions recorded in merged-migrations.txt. */
    static List<Integer> mergedVersions() {
        Files.readAllLines(MERGED).findAll { it && !it.startsWith('#') }.collect { it.split(/\s+/)[0] as int }
    }

    /**
     * What breaks the one sequence: a new migration must take the next number after the highest merged one
     * (a lower one would be applied out of order on installed databases, or refused there by Flyway), new
     * ones follow each other without gaps, and a merged one is never deleted. The gaps among merged
     * versions (V3 to V20, ...) are history and stay.
     */
    static List<String> sequenceProblems(List<Integer> merged, List<Integer> files) {
        def problems = []
        files.countBy { it }.findAll { v, n -> n > 1 }.each { v, n -> problems << "V$v is used by two files".toString() }
        int highest = merged.max() ?: 0
        def fresh = files.findAll { !merged.contains(it) }.unique().sort()
        fresh.findAll { it < highest }.each { problems << "V$it is below the highest merged migration V$highest: take V${highest + 1}".toString() }
        int expected = highest + 1
        fresh.findAll { it > highest }.each {
            if (it != expected) {
                problems << "V$it leaves a gap: the next migration is V$expected".toString()
            }
            expected = it + 1
        }
        merged.findAll { !files.contains(it) }.each { problems << "V$it was merged and its file is gone".toString() }
        problems
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

package vn.dcim.core.db

import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * No committed migration is edited, judged by git's history rather than by checksums kept beside the files (those
 * can be edited in the same commit, as once happened). The product's own migrations, and the guard itself on a
 * repository made for the purpose.
 */
class MigrationHistorySpec extends Specification {
    /** Migrations edited before this guard; the commit named holds the text that stands. */
    static final Map<String, String> EDITED_BEFORE_THE_GUARD = [
            '61' : 'c03fd3d9', // converted in a UTC session, the same day it was written
            '87' : 'e5c6176b', // last_polled_at in the CREATE TABLE; RepairedMigrations mends installed databases
    ]

    @TempDir
    Path dir

    @Requires({ Files.exists(Path.of('..', '.git')) })
    def "every migration of the product reads as when it was committed"() {
        given:
        def history = new MigrationHistory(Path.of('..').toAbsolutePath().normalize(), 'dcim-core/src/main/resources/db/migration')

        expect:
        history.editedSinceRecorded(EDITED_BEFORE_THE_GUARD) == []
    }

    def "the guard reports #what"() {
        given: 'a repository whose V1 and V2 are committed'
        git('init', '-q')
        write('V1__a.sql', 'CREATE TABLE a (id INT);\n')
        write('V2__b.sql', 'CREATE TABLE b (id INT);\n')
        commit('two migrations')

        when: 'a later commit changes them'
        change.call(this)
        commit('later')
        def standing = standsAsLater ? [(standsAsLater): git('rev-parse', 'HEAD').trim()] : [:]
        def found = new MigrationHistory(dir, 'db').editedSinceRecorded(standing)

        then:
        found.collect { it.replaceFirst(/ in [0-9a-f]+$/, '') } == reported

        where:
        what                                          | change                                                           | standsAsLater || reported
        'nothing when a new migration is added'       | { it.write('V3__c.sql', 'CREATE TABLE c (id INT);\n') }          | null          || []
        'an edited migration'                         | { it.write('V2__b.sql', 'CREATE TABLE b (id BIGINT);\n') }       | null          || ['V2 (db/V2__b.sql) differs from its text']
        'a comment added to a migration'              | { it.write('V1__a.sql', '-- tidy\nCREATE TABLE a (id INT);\n') } | null          || ['V1 (db/V1__a.sql) differs from its text']
        'nothing for an edit a standing commit holds' | { it.write('V2__b.sql', 'CREATE TABLE b (id BIGINT);\n') }       | '2'           || []
        'an edit of another than the standing one'    | { it.write('V1__a.sql', 'CREATE TABLE a (id BIGINT);\n') }       | '2'           || ['V1 (db/V1__a.sql) differs from its text']
    }

    void write(String name, String text) {
        Files.createDirectories(dir.resolve('db'))
        Files.writeString(dir.resolve('db').resolve(name), text)
    }

    void commit(String message) {
        git('add', '-A')
        git('-c', 'user.name=spec', '-c', 'user.email=spec@localhost', 'commit', '-q', '--allow-empty', '-m', message)
    }

    String git(String... args) {
        def p = new ProcessBuilder(['git', '-C', dir.toString()] + args.toList()).redirectErrorStream(true).start()
        String out = new String(p.inputStream.readAllBytes(), 'UTF-8')
        assert p.waitFor() == 0: out
        out
    }
}

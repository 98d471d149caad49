package vn.dcim.web.db

import spock.lang.Specification
import vn.dcim.core.testing.SideSchema

import java.nio.file.Files
import java.nio.file.Path

/**
 * The product with its own configuration does not run on a database that a newer release migrated: an
 * older release there would read and write tables it was not made for (what Flyway does by default: it
 * skips the migrations it does not know). Going back a release is a restore of the upgrade's backup.
 */
class NewerSchemaRefusedSpec extends Specification {

    SideSchema db = new SideSchema('_newer_release').createEmpty()

    def cleanup() {
        db.drop()
    }

    def "the start refuses a database migrated one version past this release"() {
        given:
        db.flyway().load().migrate()
        int newer = newest() + 1
        db.withConnection { c ->
            c.createStatement().execute("""INSERT INTO flyway_schema_history
                    (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                SELECT MAX(installed_rank) + 1, '${newer}', 'newer release', 'SQL', 'V${newer}__newer_release.sql', 0, 'dcim', 1, 1
                FROM flyway_schema_history""")
        }

        when:
        def product = db.startProduct()

        then:
        def refused = thrown(Exception)
        causes(refused).any { it.message?.contains("Detected applied migration not resolved locally: ${newer}") }

        cleanup:
        product?.close()
    }

    private static List<Throwable> causes(Throwable t) {
        t == null ? [] : [t] + causes(t.cause == t ? null : t.cause)
    }

    private static int newest() {
        Files.list(Path.of('../dcim-core/src/main/resources/db/migration')).withCloseable { s ->
            s.map { (it.fileName.toString() =~ /^V(\d+)__/)[0][1] as int }.toList().max()
        }
    }
}

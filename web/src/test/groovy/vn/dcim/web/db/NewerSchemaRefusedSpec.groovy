package vn.dcim.web.db

import spock.lang.Specification
import vn.dcim.core.testing.SideSchema


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
        int newer = db.newestMigration() + 1
        db.recordNewerMigration(newer)

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
}

package vn.dcim.core.db

import io.micronaut.context.ApplicationContext
import org.flywaydb.core.api.exception.FlywayValidateException
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.SideSchema

/**
 * An install that applied V87 as it first shipped (an ALTER after the CREATE TABLE) still starts: the
 * product updates that recorded checksum before Flyway validates (RepairedMigrations), and only that one.
 */
class EditedMigrationRepairSpec extends Specification {
    @Shared SideSchema db = new SideSchema('_v87')

    def setup() {
        db.createEmpty().migrateTo('99')
    }

    def cleanup() {
        db.drop()
    }

    def "a database recorded with the first text of V87 is repaired at start, and Flyway alone would refuse it"() {
        given: 'V87 recorded as it first shipped'
        recordChecksum('87', 1033212504)

        when: 'Flyway validates without the repair'
        db.flyway().load().validate()

        then:
        thrown(FlywayValidateException)

        when: 'the product starts on it'
        def context = start()

        then: 'it migrated, and V87 now carries the checksum of its current text'
        checksum('87') == -1534150798
        context.close() == null
    }

    def "a checksum that is neither text's is not touched: an edit nobody declared still stops the start"() {
        given:
        recordChecksum('87', 12345)

        when:
        start()

        then:
        thrown(Exception)
        checksum('87') == 12345
    }

    ApplicationContext start() {
        db.startProduct()
    }

    void recordChecksum(String version, int sum) {
        db.withConnection { c ->
            c.prepareStatement('UPDATE flyway_schema_history SET checksum = ? WHERE version = ?').with {
                setInt(1, sum); setString(2, version); executeUpdate()
            }
        }
    }

    int checksum(String version) {
        db.withConnection { c ->
            def s = c.prepareStatement('SELECT checksum FROM flyway_schema_history WHERE version = ?')
            s.setString(1, version)
            def rs = s.executeQuery()
            rs.next()
            rs.getInt(1)
        }
    }
}

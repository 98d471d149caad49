package vn.dcim.web.schedule

import spock.lang.Specification
import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.MariaDbSpec

import java.sql.DriverManager

/**
 * Two instances of the product, each its own JVM, on one database: they share the schedules, a
 * duty fires once per due time, and when one instance dies the other carries on.
 */
class ClusteredSchedulerSpec extends Specification {
    static final String USER = System.getenv('DCIM_TEST_DB_USER') ?: 'dcim'
    static final String PASSWORD = System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim'

    String schema = URI.create(MariaDbSpec.dbUrl().substring(5)).path.substring(1) + '_cluster'
    String url = MariaDbSpec.dbUrl().replaceFirst('/[^/?]+(\\?.*)?$', '/' + schema)
    ProductInstances instances = new ProductInstances()

    def setup() {
        // migrated already (a copy of this JVM's template): the first instance's start no longer applies ~90 migrations
        // in its cold JVM while the spec waits, and the two start alike
        MariaDbSpec.freshSchema(url)
    }

    def cleanup() {
        instances.stopAll()
    }

    def "each due time of a duty fires on exactly one of two instances, and the survivor takes over"() {
        given:
        def a = start('a')
        def b = start('b')

        when: 'both run for a while'
        sleep(8000)
        def firstPhase = runs()

        then:
        firstPhase.size() >= 5
        firstPhase*.scheduled_at.toSet().size() == firstPhase.size()

        when: 'instance a dies'
        a.destroyForcibly().waitFor()
        def killedAt = new java.sql.Timestamp(System.currentTimeMillis() + 1000)

        then: 'b fires alone from then on, once per due time'
        new PollingConditions(timeout: 40, delay: 1).eventually {
            def after = runs().findAll { it.scheduled_at > killedAt && it.status == 'ok' }
            assert after.size() >= 3
            assert after.every { it.instance == instanceOf('b') }
            assert after*.scheduled_at.toSet().size() == after.size()
        }

        and: 'a run that a was executing when it died may be recovered by b (Quartz requests recovery), nothing else repeats'
        def all = runs()
        all.findAll { it.scheduled_at < new java.sql.Timestamp(killedAt.time - 3000) }.with { it*.scheduled_at.toSet().size() == it.size() }
    }

    private static String instanceOf(String name) {
        ProductInstances.schedulerOf("cluster-${name}")
    }

    private List<Map> runs() {
        DriverManager.getConnection(url, USER, PASSWORD).withCloseable { c -> ProductInstances.tickRuns(c) }
    }

    private Process start(String name) {
        instances.start("cluster-${name}", url, USER, PASSWORD)
    }
}

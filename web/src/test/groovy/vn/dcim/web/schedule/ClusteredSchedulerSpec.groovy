package vn.dcim.web.schedule

import spock.lang.Specification
import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.MariaDbSpec

import java.nio.file.Files
import java.nio.file.Path
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
    List<Process> instances = []

    def setup() {
        DriverManager.getConnection(MariaDbSpec.dbUrl(), USER, PASSWORD).withCloseable { c ->
            c.createStatement().execute("DROP DATABASE IF EXISTS ${schema}")
            c.createStatement().execute("CREATE DATABASE ${schema} CHARACTER SET utf8mb4")
        }
    }

    def cleanup() {
        instances.each { it.destroyForcibly() }
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

    private String instanceOf(String name) {
        (Files.readString(Path.of('target', "cluster-${name}", 'out.log')) =~ /Scheduler (\S+) started/)[0][1]
    }

    private List<Map> runs() {
        DriverManager.getConnection(url, USER, PASSWORD).withCloseable { c ->
            def rs = c.createStatement().executeQuery("SELECT scheduled_at, instance_id, status FROM duty_run WHERE duty_id = 'tick' AND manual = FALSE ORDER BY scheduled_at")
            def out = []
            while (rs.next()) {
                out << [scheduled_at: rs.getTimestamp(1), instance: rs.getString(2), status: rs.getString(3)]
            }
            out
        }
    }

    private Process start(String name) {
        def port = new ServerSocket(0).withCloseable { it.localPort }
        Path dir = Files.createDirectories(Path.of('target', "cluster-${name}"))
        def pb = new ProcessBuilder(Path.of(System.getProperty('java.home'), 'bin', 'java').toString(), '-Xmx256m',
                '-cp', System.getProperty('java.class.path'), 'vn.dcim.web.Application', 'run', '--no-demo')
        pb.environment().putAll([
                DCIM_DB_URL           : url, DCIM_DB_USER: USER, DCIM_DB_PASSWORD: PASSWORD,
                DCIM_MQTT_URL         : MariaDbSpec.mqttUrl(), DCIM_PORT: port.toString(),
                DCIM_DATA_DIR         : dir.toString(), DCIM_TEST_TICK_DUTY: 'true',
                DCIM_MQTT_CLIENT_ID   : "dcim-cluster-${name}-${port}".toString(),
                DCIM_SCHEDULER_CLUSTER_CHECKIN_MS: '2000',
                // two instances on one machine: the trap and syslog receivers on free ports
                DCIM_SNMP_TRAP_PORT   : '0', DCIM_SYSLOG_PORT: '0', DCIM_SYSLOG_TLS_PORT: '0'])
        pb.redirectErrorStream(true).redirectOutput(dir.resolve('out.log').toFile())
        def p = pb.start()
        instances << p
        new PollingConditions(timeout: 180, delay: 0.5).eventually {
            assert p.alive
            def health = new URL("http://127.0.0.1:${port}/health").openConnection()
            assert health.responseCode == 200
        }
        p
    }
}

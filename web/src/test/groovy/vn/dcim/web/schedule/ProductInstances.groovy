package vn.dcim.web.schedule

import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.ProductJvm

import java.nio.file.Files
import java.nio.file.Path
import java.sql.Connection

/**
 * Instances of the product, each its own JVM, on one database, as the clustered scheduler specs run them,
 * and what they read back: the runs of the tick duty (TickDuty, every second).
 */
class ProductInstances {
    private final List<Process> started = []

    /**
     * Starts one instance ({@code run --no-demo}) on the database at {@code url} with the tick duty on, and
     * waits until its health answers; its output goes to target/{@code name}/out.log.
     */
    Process start(String name, String url, String user, String password) {
        def port = new ServerSocket(0).withCloseable { it.localPort }
        Path dir = Files.createDirectories(Path.of('target', name))
        def pb = new ProcessBuilder(ProductJvm.command(['-Xmx256m'], 'vn.dcim.web.Application', ['run', '--no-demo']))
        pb.environment().putAll([
                DCIM_DB_URL           : url, DCIM_DB_USER: user, DCIM_DB_PASSWORD: password,
                DCIM_MQTT_URL         : MariaDbSpec.mqttUrl(), DCIM_PORT: port.toString(),
                DCIM_DATA_DIR         : dir.toString(), DCIM_TEST_TICK_DUTY: 'true',
                DCIM_MQTT_CLIENT_ID   : "dcim-${name}-${port}".toString(),
                DCIM_SCHEDULER_CLUSTER_CHECKIN_MS: '2000',
                // several instances on one machine: the trap and syslog receivers on free ports
                DCIM_SNMP_TRAP_PORT   : '0', DCIM_SYSLOG_PORT: '0', DCIM_SYSLOG_TLS_PORT: '0'])
        pb.redirectErrorStream(true).redirectOutput(dir.resolve('out.log').toFile())
        def p = pb.start()
        started << p
        new PollingConditions(timeout: 180, delay: 0.5).eventually {
            assert p.alive
            def health = new URL("http://127.0.0.1:${port}/health").openConnection()
            assert health.responseCode == 200
        }
        p
    }

    void stopAll() {
        started.each { it.destroyForcibly() }
    }

    /** The Quartz instance id the instance started as {@code name} logged. */
    static String schedulerOf(String name) {
        (Files.readString(Path.of('target', name, 'out.log')) =~ /Scheduler (\S+) started/)[0][1]
    }

    /** The scheduled (not manual) runs of the tick duty in {@code table} (schema-qualified where needed), by due time. */
    static List<Map> tickRuns(Connection c, String table = 'duty_run') {
        def rs = c.createStatement().executeQuery("""SELECT scheduled_at, instance_id, status FROM ${table}
                                                     WHERE duty_id = 'tick' AND manual = FALSE ORDER BY scheduled_at""")
        def out = []
        while (rs.next()) {
            out << [scheduled_at: rs.getTimestamp(1), instance: rs.getString(2), status: rs.getString(3)]
        }
        out
    }
}

package vn.dcim.web.ingest

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.mqtt.testing.OwnBroker
import vn.dcim.web.testing.ProductJvm

import javax.sql.DataSource
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.time.temporal.ChronoUnit

/**
 * kill -9 (and TERM, a clean stop) of the product in the middle of a QoS 1 stream loses nothing and stores nothing twice: the product
 * acknowledges a message only once it is committed, so what it had not committed is delivered again by the broker
 * (a real Mosquitto keeping the bridge's session) to the next start. The product runs in a JVM of its own on the
 * real MariaDB; the spec's own context only registers the device and counts the rows.
 */
@MicronautTest(transactional = false)
class KillUnderStreamSpec extends MariaDbSpec implements OwnBroker {
    static final String SITE = 'crash'
    static final String DEVICE_PREFIX = 'sensor-crash-'
    static final int MESSAGES = 20_000


    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() { ['dcim.mqtt.url': broker().url()] }

    Process product
    final String clientId = 'dcim-crash-' + UUID.randomUUID().toString().take(6)

    def cleanup() {
        product?.destroyForcibly()
    }

    def cleanupSpec() {
        closeBroker()
    }

    String device

    def "#stop mid-stream, then a start: every QoS 1 message stored, none twice"() {
        given:
        device = DEVICE_PREFIX + signal.toLowerCase()
        if (!sites.existsById(SITE)) {
            sites.save(new Site(SITE, 'Trung tâm THDL (crash)', null, null))
        }
        devices.save(MonitoredDevice.mqtt(device, SITE, null, 'Cảm biến'))
        Path dir = Files.createDirectories(Path.of('target', 'kill-under-stream', signal.toLowerCase()))
        product = start(dir, 'first')
        // readings of the last minute: a fixed past day would be folded into chunks by the product's own
        // ReadingChunkDuty once it is closed, and leave the reading table while the spec counts it
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60)
        def stream = Files.createTempFile(dir, 'stream-', '.txt')
        Files.write(stream, (0..<MESSAGES).collect {
            """{"ts":"${t0.plusMillis(it)}","metrics":[{"metric":"env.temperature","instance":"k-${it}","value":${20 + it % 10},"unit":"°C"}]}""".toString()
        })

        when: 'the stream is published and the product is stopped once part of it is stored'
        def publishing = Thread.start { broker().publishFile("dcim/${SITE}/sensor/${device}/metric", stream) }
        new PollingConditions(timeout: 60, delay: 0.05).eventually { assert stored() > 200 }
        long stopAsked = System.nanoTime()
        if (signal == 'KILL') {
            product.destroyForcibly()
        } else {
            product.destroy() // SIGTERM, as systemd and kill send it
        }
        boolean exited = product.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)
        double stopSeconds = (System.nanoTime() - stopAsked) / 1e9
        int exitCode = exited ? product.exitValue() : -1
        long atKill = stored()
        publishing.join()
        String firstLog = Files.readString(dir.resolve('first.log'))

        and: 'it starts again with the same data directory and broker session'
        product = start(dir, 'second')

        then: 'a kill left part of the stream to store; a clean stop within 10 s and without an ERROR'
        // a clean stop stores what reached it before it lets the broker go: on a fast machine that is all of it
        exited
        signal == 'TERM' || atKill < MESSAGES
        signal == 'KILL' || (stopSeconds <= 10 && exitCode == 143 && !(firstLog =~ /(?m)^\S+ ERROR /))

        and: 'after the start every message is stored once'
        new PollingConditions(timeout: 120, delay: 0.5).eventually {
            assert stored() == MESSAGES
        }
        distinct() == MESSAGES

        where:
        signal | stop
        'KILL' | 'kill -9'
        'TERM' | 'TERM (a clean stop)'
    }

    /** The product with the real MariaDB of this spec and the spec's Mosquitto, the bridge subscribed. */
    Process start(Path dir, String run) {
        int port = new ServerSocket(0).withCloseable { it.localPort }
        Path log = dir.resolve("${run}.log")
        def pb = new ProcessBuilder(ProductJvm.command(['-Xmx256m'], 'vn.dcim.web.Application', ['run', '--no-demo']))
        pb.environment().putAll([
                DCIM_DB_URL         : specDbUrl(), DCIM_DB_USER: System.getenv('DCIM_TEST_DB_USER') ?: 'dcim',
                DCIM_DB_PASSWORD    : System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim',
                DCIM_MQTT_URL       : broker().url(), DCIM_MQTT_CLIENT_ID: clientId,
                DCIM_PORT           : port.toString(), DCIM_DATA_DIR: dir.resolve('data').toString(),
                DCIM_SNMP_TRAP_PORT : '0', DCIM_SYSLOG_PORT: '0', DCIM_SYSLOG_TLS_PORT: '0'])
        pb.redirectErrorStream(true).redirectOutput(log.toFile())
        def p = pb.start()
        new PollingConditions(timeout: 180, delay: 0.5).eventually {
            assert p.alive: Files.readString(log)
            assert Files.readString(log).contains("as ${clientId}, subscribed to")
        }
        p
    }

    long stored() {
        count('SELECT COUNT(*) FROM reading WHERE device_id = ? AND metric = \'env.temperature\'')
    }

    long distinct() {
        count('SELECT COUNT(DISTINCT instance) FROM reading WHERE device_id = ? AND metric = \'env.temperature\'')
    }

    long count(String sql) {
        def c = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            def ps = c.prepareStatement(sql)
            ps.setString(1, device)
            def rs = ps.executeQuery()
            rs.next()
            rs.getLong(1)
        } finally {
            c.close()
        }
    }
}

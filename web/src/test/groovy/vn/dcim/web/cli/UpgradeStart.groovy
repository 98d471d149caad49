package vn.dcim.web.cli

import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.ProductJvm

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.TimeUnit

/** {@code ./dcim run --no-demo} in a JVM of its own, as an upgrade starts it, its output in {@code log}. */
final class UpgradeStart {
    private UpgradeStart() {
    }

    /** With the product's own logging (the test class path's logback-test.xml would quieten Flyway's steps). */
    static Process run(Path dataDir, Path keysDir, Path log, int port, Map<String, String> env) {
        def logging = '-Dlogback.configurationFile=' + Path.of('src/main/resources/logback.xml').toAbsolutePath()
        def pb = new ProcessBuilder(ProductJvm.command(['-Xmx384m', logging], 'vn.dcim.web.Application', ['run', '--no-demo']))
        pb.environment().remove('DCIM_DB_URL')
        pb.environment().putAll([
                DCIM_DATA_DIR      : dataDir.toString(), DCIM_KEYS_DIR: keysDir.toString(),
                DCIM_MQTT_URL      : MariaDbSpec.mqttUrl(), DCIM_MQTT_CLIENT_ID: "dcim-upgrade-${port}".toString(),
                DCIM_PORT          : port.toString(),
                DCIM_SNMP_TRAP_PORT: '0', DCIM_SYSLOG_PORT: '0', DCIM_SYSLOG_TLS_PORT: '0'] + env)
        pb.redirectErrorStream(true).redirectOutput(log.toFile())
        pb.start()
    }

    /**
     * Asks {@code ready} every {@code interval} until it returns true. A product that exited, or one not ready within
     * {@code timeout}, fails the spec at once with the end of its log: the log is in the data directory, which the
     * spec removes, and "not satisfied after 180 s" alone leaves nothing to mend.
     */
    static void await(Process product, Path log, Duration timeout, Duration interval, Closure<Boolean> ready) {
        long deadline = System.nanoTime() + timeout.toNanos()
        while (true) {
            if (!product.alive) {
                throw new AssertionError("the product exited with ${product.exitValue()} before it was ready:\n${tail(log)}")
            }
            if (ready()) {
                return
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the product was not ready after ${timeout.toSeconds()} s:\n${tail(log)}")
            }
            Thread.sleep(interval.toMillis())
        }
    }

    /** The last hundred lines of the product's log. */
    static String tail(Path log) {
        List<String> lines = Files.exists(log) ? Files.readString(log).readLines() : ['(no log)']
        lines.takeRight(100).join('\n')
    }

    /** One request's status, Retry-After and body; null while nothing listens on the port. */
    static Map answer(HttpURLConnection c, String accept) {
        try {
            c.setRequestProperty('Accept', accept)
            c.connectTimeout = 1_000
            c.readTimeout = 5_000
            c.instanceFollowRedirects = false
            int status = c.responseCode
            String body = (status >= 400 ? c.errorStream : c.inputStream)?.getText('UTF-8') ?: ''
            [status: status, retryAfter: c.getHeaderField('Retry-After'), body: body]
        } catch (IOException e) {
            null
        }
    }

    /**
     * The one line a refused start said: the product exited with 1 within three minutes, printed one "dcim run: "
     * line and no stack trace, and migrated nothing.
     */
    static String refusal(Process product, Path log) {
        assert product.waitFor(180, TimeUnit.SECONDS)
        assert product.exitValue() == 1
        String out = Files.readString(log)
        def refusals = out.readLines().findAll { it.startsWith('dcim run: ') }
        assert refusals.size() == 1
        assert !out.contains('\tat ')
        assert !out.contains('Migrating schema')
        refusals[0]
    }
}

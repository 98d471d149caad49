package vn.dcim.web.cli

import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.ProductJvm

import java.nio.file.Path

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
}

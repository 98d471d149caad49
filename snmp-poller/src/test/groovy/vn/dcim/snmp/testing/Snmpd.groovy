package vn.dcim.snmp.testing

import java.nio.file.Files
import java.nio.file.Path

/**
 * net-snmp's snmpd on a free UDP port of the loopback with the configuration given (its SNMPv3 users and
 * their access): the real agent the SNMPv3 specs read, where snmpsim serves v2c recordings.
 */
class Snmpd implements AutoCloseable {
    final int port
    private final Process process

    private Snmpd(int port, Process process) {
        this.port = port
        this.process = process
    }

    static Snmpd serve(String conf) {
        Path dir = Files.createTempDirectory('snmpd')
        Path file = dir.resolve('snmpd.conf')
        Files.writeString(file, conf)
        int port = new DatagramSocket(0, InetAddress.loopbackAddress).withCloseable { it.localPort }
        def process = new ProcessBuilder('snmpd', '-f', '-Lf', dir.resolve('snmpd.log').toString(), '-C', '-c', file.toString(),
                "--persistentDir=${dir}", "udp:127.0.0.1:${port}").redirectErrorStream(true).start()
        // snmpd answers no v3 request before it has made the users' keys
        sleep(1500)
        new Snmpd(port, process)
    }

    @Override
    void close() {
        process.destroy()
    }
}

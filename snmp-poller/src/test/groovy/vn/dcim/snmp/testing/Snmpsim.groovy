package vn.dcim.snmp.testing

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.FileTime
import java.nio.file.attribute.PosixFilePermissions
import java.time.Instant

/**
 * Debian's snmpsimd replaying .snmprec recordings on a free UDP port; community = file name. It logs every request
 * and answer only when DCIM_TEST_SNMPSIM_LOG is set: writing each var-bind took about a quarter of its CPU, and
 * the snmp-poller specs ask snmpsim tens of thousands of requests. A failure to start is in its log either way.
 */
class Snmpsim implements AutoCloseable {
    final int port
    final Path dataDir
    private final Process process

    private Snmpsim(int port, Path dataDir, Process process) {
        this.port = port
        this.dataDir = dataDir
        this.process = process
    }

    static Snmpsim serve(List<Path> recordings) {
        serve(recordings.collectEntries { [(it.fileName.toString() - '.snmprec'): it] }, 0)
    }

    /** Each recording under the community given as its key, on that UDP port (0: a free one). */
    static Snmpsim serve(Map<String, Path> recordings, int port) {
        Path data = Files.createTempDirectory('snmpsim-data')
        Path cache = Files.createTempDirectory('snmpsim-cache')
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString('rwxr-xr-x'))
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString('rwxrwxrwx'))
        recordings.each { community, recording ->
            Path copy = data.resolve(community + '.snmprec')
            Files.copy(recording, copy)
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString('rw-r--r--'))
        }
        if (port == 0) {
            port = new DatagramSocket(0, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
        }
        List<String> command = ['snmpsimd', "--data-dir=${data}", "--agent-udpv4-endpoint=127.0.0.1:${port}",
                '--process-user=nobody', '--process-group=nogroup', "--cache-dir=${cache}"]*.toString()
        if (!System.getenv('DCIM_TEST_SNMPSIM_LOG')) {
            command << '--logging-method=null'
        }
        def pb = new ProcessBuilder(command)
        pb.redirectErrorStream(true).redirectOutput(data.resolveSibling(data.fileName.toString() + '.log').toFile())
        def sim = new Snmpsim(port, data, pb.start())
        sim.awaitReady(recordings.keySet().first())
        sim
    }

    /**
     * Serves these lines under the community from its next request on (snmpsimd indexes a recording again when its
     * file changes). The file is stamped a few seconds ahead: snmpsimd compares whole seconds, and a recording
     * written in the second it was indexed would otherwise look unchanged.
     */
    void rewrite(String community, List<String> lines) {
        Path file = dataDir.resolve(community + '.snmprec')
        Files.write(file, lines)
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)))
    }

    /** Ready once it answers a GET for the first recording's sysDescr. */
    private void awaitReady(String community) {
        long deadline = System.currentTimeMillis() + 60_000
        while (System.currentTimeMillis() < deadline) {
            def p = new ProcessBuilder('snmpget', '-v2c', '-c', community, '-t', '1', '-r', '0', "127.0.0.1:${port}", '1.3.6.1.2.1.1.1.0')
                    .redirectErrorStream(true).start()
            if (p.waitFor() == 0) {
                return
            }
            if (!process.alive) {
                throw new IllegalStateException('snmpsimd exited; see ' + dataDir + '.log (every request in it with DCIM_TEST_SNMPSIM_LOG=1)')
            }
            sleep(300)
        }
        throw new IllegalStateException('snmpsimd did not answer within 60 s')
    }

    @Override
    void close() {
        process.destroy()
        process.waitFor()
    }
}

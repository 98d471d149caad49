package vn.dcim.snmp.testing

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

/** Debian's snmpsimd replaying .snmprec recordings on a free UDP port; community = file name. */
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
        def pb = new ProcessBuilder('snmpsimd', "--data-dir=${data}", "--agent-udpv4-endpoint=127.0.0.1:${port}",
                '--process-user=nobody', '--process-group=nogroup', "--cache-dir=${cache}")
        pb.redirectErrorStream(true).redirectOutput(data.resolveSibling(data.fileName.toString() + '.log').toFile())
        def sim = new Snmpsim(port, data, pb.start())
        sim.awaitReady(recordings.keySet().first())
        sim
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
                throw new IllegalStateException('snmpsimd exited; see ' + dataDir + '.log')
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

package vn.dcim.web.cli

import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise
import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.EmbeddedBinaries
import vn.dcim.web.testing.ProductJvm

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * The product as an operator and a service manager meet it, each start a real `run` in a JVM of its own
 * with the embedded MariaDB and broker: TERM stops it within 10 s, the database last and without an ERROR;
 * a second start on its data directory is refused in one line, or waits and starts once the first is gone;
 * a start that cannot go on says why in one line naming the variable to change. One product runs through
 * the features in order (a start costs half a minute), the refused starts stop before their database.
 */
@Stepwise
class ProductStopSpec extends Specification {
    static final Path LOGS = Files.createDirectories(Path.of('target', 'product-stop'))

    @Shared Path dataDir = Files.createTempDirectory('dcim-stop')
    @Shared Path keysDir = Files.createTempDirectory('dcim-stop-keys')
    @Shared Map<String, String> ports = freePorts()
    @Shared Process first
    @Shared Process successor
    @Shared List<Path> scratch = []

    def setupSpec() {
        EmbeddedBinaries.linkInto(dataDir)
        // the demo on: pollers, MQTT traffic and duties are all running when TERM comes
        first = start('first', dataDir, ports + [DCIM_DEMO_AGENTS_FIRST_PORT: freeUdpRun(12).toString()], [])
        awaitHealthy(first, ports.DCIM_PORT)
    }

    def cleanupSpec() {
        // a product left running by a failed feature: TERM first, kill -9 would leave its mariadbd behind
        [first, successor].findAll { it?.alive }.each { Process p ->
            terminateGroup(p)
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS)
            }
        }
        ([dataDir] + scratch).each { Path dir -> serversOf(dir).each { it.destroyForcibly() } }
        ([dataDir, keysDir] + scratch).each { it.toFile().deleteDir() }
    }

    def "a second start on the data directory in use names the holder in one line and exits 1, the first running on"() {
        when:
        Ended second = run('second', dataDir, freePorts() + [DCIM_DATA_DIR_WAIT: '1'])

        then:
        second.exit == 1
        second.errors == ["dcim run: the data directory ${dataDir.toAbsolutePath()} is in use by DCIM process ${first.pid()} "
                                  + "(waited 1 s, DCIM_DATA_DIR_WAIT): stop that process first (kill ${first.pid()}, or systemctl stop dcim@web), "
                                  + "or give this one its own DCIM_DATA_DIR"]
        !second.traced()

        and: 'nothing of the second was started on the directory'
        serversOf(dataDir).size() == 1
        healthy(ports.DCIM_PORT)
    }

    def "a start that cannot go on says why in one line naming #variable, and exits 1"() {
        given:
        Path dir = Files.createTempDirectory('dcim-refused')
        scratch << dir

        when:
        Ended refused = run("refused-${variable}", dir, freePorts() + settings())

        then:
        refused.exit == 1
        refused.errors.size() == 1
        refused.errors[0].startsWith('dcim run: ')
        refused.errors[0].contains(expected)
        refused.errors[0].contains(variable)
        !refused.traced()
        !refused.output.contains(' ERROR ')

        and: 'nothing it started is left behind'
        serversOf(dir).isEmpty()

        where:
        variable              | settings                                                              | expected
        'DCIM_PORT'           | { -> [DCIM_PORT: ports.DCIM_PORT] }                                   | "the HTTP port ${ports.DCIM_PORT} is in use"
        'DCIM_MQTT_PORT'      | { -> [DCIM_MQTT_PORT: ports.DCIM_MQTT_PORT] }                         | "port ${ports.DCIM_MQTT_PORT} is in use"
        'DCIM_ADMIN_PASSWORD' | { -> externalDb('refused') + [DCIM_ADMIN_PASSWORD: 'ngan'] }          | 'is refused by the password policy'
        'DCIM_DB_URL'         | { -> [DCIM_DB_URL: "jdbc:mariadb://127.0.0.1:${freeTcp()}/dcim".toString()] } | 'cannot be used'
    }

    def "TERM stops every process of the product within 10 s, without an ERROR, and a start waiting for its data directory comes up"() {
        given: 'a start on the same directory and ports, waiting for the first to let them go'
        successor = start('successor', dataDir, ports + [DCIM_DATA_DIR_WAIT: '120'], [])
        new PollingConditions(timeout: 60, delay: 0.2).eventually {
            assert log('successor').contains('waiting up to 120 s')
        }
        List<ProcessHandle> servers = serversOf(dataDir)
        assert servers.size() == 1
        int logged = log('first').length()

        when: 'TERM to its whole process group, as Ctrl-C and a service manager send it'
        long sent = System.nanoTime()
        terminateGroup(first)
        boolean ended = first.waitFor(10, TimeUnit.SECONDS)
        long stoppedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent)

        then:
        ended
        first.exitValue() == 143
        servers.every { !it.alive }
        stoppedMs <= 10_000

        and: 'in order: no step waited on a part already gone, none overran its share'
        String stopping = log('first').substring(logged)
        !stopping.contains(' ERROR ')
        !stopping.contains('took longer than')
        stopping.contains('DCIM stopped in')

        and: 'the waiting start takes the directory over and answers'
        awaitHealthy(successor, ports.DCIM_PORT)

        when: 'it is stopped in turn'
        List<ProcessHandle> itsServers = serversOf(dataDir)
        terminateGroup(successor)

        then:
        successor.waitFor(10, TimeUnit.SECONDS)
        successor.exitValue() == 143
        itsServers.every { !it.alive }
        !log('successor').contains(' ERROR ')
        !log('successor').contains('took longer than')
    }

    /** What a start that ended printed. */
    static class Ended {
        int exit
        List<String> errors
        String output

        boolean traced() {
            (output + errors.join('\n')).readLines().any { it.matches(/\s+at [\w.$]+\(.*/) }
        }
    }

    /**
     * Starts `run --no-demo` (the demo unless {@code args} says otherwise) in a JVM of its own, in a session of its
     * own (setsid) so that the spec can signal its whole process group; standard output to target/product-stop.
     */
    Process start(String name, Path dir, Map<String, String> env, List<String> args = ['--no-demo']) {
        List<String> command = ['setsid'] + ProductJvm.command(['-Xmx512m'], 'vn.dcim.web.Application', ['run'] + args)
        def pb = new ProcessBuilder(command)
        pb.environment().keySet().removeAll(['DCIM_DB_URL', 'DCIM_MQTT_URL', 'DCIM_ROLES'])
        pb.environment().putAll([DCIM_DATA_DIR      : dir.toString(), DCIM_KEYS_DIR: keysDir.toString(), DCIM_DB_ENCRYPTION: 'off',
                                 DCIM_ADMIN_PASSWORD: MariaDbSpec.ADMIN_PASSWORD, DCIM_DEMO_BACKFILL_ENABLED: 'false'] + env)
        pb.redirectOutput(LOGS.resolve("${name}.log").toFile()).redirectError(LOGS.resolve("${name}.err").toFile())
        pb.start()
    }

    /** A start expected to end by itself, within a minute and a half; stopped (and failed) if it does not. */
    Ended run(String name, Path dir, Map<String, String> env) {
        Process p = start(name, dir, env)
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            terminateGroup(p)
            p.waitFor(15, TimeUnit.SECONDS)
            assert false: "${name} did not end by itself"
        }
        new Ended(exit: p.exitValue(), errors: Files.readAllLines(LOGS.resolve("${name}.err")), output: log(name))
    }

    static String log(String name) {
        Files.readString(LOGS.resolve("${name}.log"))
    }

    static void terminateGroup(Process p) {
        assert new ProcessBuilder('kill', '-TERM', '--', "-${p.pid()}").start().waitFor() == 0
    }

    static void awaitHealthy(Process p, String port) {
        new PollingConditions(timeout: 240, delay: 0.5).eventually {
            assert p.alive
            assert healthy(port)
        }
    }

    static boolean healthy(String port) {
        try {
            def c = new URL("http://127.0.0.1:${port}/health").openConnection() as HttpURLConnection
            c.connectTimeout = 1000
            c.readTimeout = 5000
            c.responseCode == 200
        } catch (IOException e) {
            false
        }
    }

    /** The mariadbd processes running on {@code dir}'s embedded database. */
    static List<ProcessHandle> serversOf(Path dir) {
        String arg = '--datadir=' + dir.toRealPath().resolve('mariadb').resolve('data')
        ProcessHandle.allProcesses().filter { ProcessHandle p ->
            p.info().command().orElse('').endsWith('mariadbd') && p.info().arguments().map { (it as List).contains(arg) }.orElse(false)
        }.toList()
    }

    /** A migrated schema of the specs' MariaDB with no account yet (the first administrator is still to be made). */
    static Map<String, String> externalDb(String name) {
        String url = MariaDbSpec.dbUrl().replaceFirst('/([^/?]+)(\\?.*)?$', '/$1_' + name + '$2')
        MariaDbSpec.freshSchema(url)
        [DCIM_DB_URL     : url, DCIM_DB_USER: System.getenv('DCIM_TEST_DB_USER') ?: 'dcim',
         DCIM_DB_PASSWORD: System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim']
    }

    static Map<String, String> freePorts() {
        [DCIM_PORT          : freeTcp().toString(), DCIM_MQTT_PORT: freeTcp().toString(), DCIM_SNMP_TRAP_PORT: freeUdpRun(1).toString(),
         DCIM_SYSLOG_PORT   : freeTcpAndUdp().toString(), DCIM_SYSLOG_TLS_PORT: '0']
    }

    static int freeTcp() {
        new ServerSocket(0).withCloseable { it.localPort }
    }

    static int freeTcpAndUdp() {
        for (int i = 0; i < 50; i++) {
            int port = freeTcp()
            try {
                new DatagramSocket(port).close()
                return port
            } catch (SocketException e) {
                // taken for UDP: another
            }
        }
        throw new IllegalStateException('no port free for both TCP and UDP')
    }

    /** The first of {@code count} consecutive free UDP ports (the demo's agents take one each). */
    static int freeUdpRun(int count) {
        def random = new Random()
        for (int i = 0; i < 100; i++) {
            int first = 20000 + random.nextInt(20000)
            List<DatagramSocket> taken = []
            try {
                (0..<count).each { taken << new DatagramSocket(first + it) }
                return first
            } catch (SocketException e) {
                // one of them is in use: another run
            } finally {
                taken*.close()
            }
        }
        throw new IllegalStateException("no ${count} consecutive free UDP ports")
    }
}

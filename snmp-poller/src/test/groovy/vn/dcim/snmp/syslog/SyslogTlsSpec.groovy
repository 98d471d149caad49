package vn.dcim.snmp.syslog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.devicelog.DeviceLog
import vn.dcim.core.devicelog.DeviceLogFilter
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSocket
import javax.net.ssl.TrustManagerFactory
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.security.KeyStore
import java.time.Instant

/**
 * Syslog over TLS (RFC 5425) when HTTPS is configured: the receiver presents the HTTPS key
 * store (here a PKCS12 one made by keytool for this spec) on its TLS port; real TLS clients (the JDK's
 * SSLSocket, openssl s_client) send octet-counted frames (RFC 5425 section 4.3) that are stored; a plaintext
 * client on the TLS port is refused and counted, and the port keeps answering.
 */
@MicronautTest(transactional = false)
class SyslogTlsSpec extends MariaDbSpec {
    static final String PASSWORD = 'spec-store-pass'
    static final Path STORE = keyStore()

    @Inject SyslogReceiver receiver
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject DeviceLog log
    @Inject ReceiverCounts counts
    @Shared String marker = UUID.randomUUID().toString().take(8)

    static Path keyStore() {
        Path dir = Files.createTempDirectory('syslog-tls-spec')
        Path store = dir.resolve('https.p12')
        def p = new ProcessBuilder('keytool', '-genkeypair', '-alias', 'dcim', '-keyalg', 'EC', '-groupname', 'secp256r1',
                '-dname', 'CN=localhost', '-ext', 'SAN=ip:127.0.0.1', '-validity', '2', '-storetype', 'PKCS12',
                '-keystore', store.toString(), '-storepass', PASSWORD).redirectErrorStream(true).start()
        String out = p.inputStream.text
        assert p.waitFor() == 0: out
        Runtime.runtime.addShutdownHook(new Thread({ dir.toFile().deleteDir() }))
        store
    }

    @Override
    Map<String, String> extraProperties() {
        ['micronaut.server.ssl.enabled'           : 'true',
         'micronaut.server.ssl.key-store.path'    : 'file:' + STORE,
         'micronaut.server.ssl.key-store.password': PASSWORD,
         'micronaut.server.ssl.key-store.type'    : 'PKCS12']
    }

    def setup() {
        if (!sites.existsById('sys-tls')) {
            sites.save(new Site('sys-tls', 'Syslog TLS site', null, null))
            devices.save(MonitoredDevice.snmpV2c('ups-tls', 'sys-tls', null, 'UPS syslog TLS', '127.0.0.1', 161, 'public'))
        }
    }

    def "frames sent by #client over TLS, octet-counted, are stored in the device's log as received"() {
        given: 'two RFC 5424 lines, the second with a UTF-8 message'
        String tag = "${marker}-${client.replace(' ', '-')}"
        def lines = ["<130>1 ${Instant.now()} ups-3 upsd 12 INPUT - input lost ${tag}".toString(),
                     "<14>1 ${Instant.now()} ups-3 upsd 12 INPUT - mất điện lưới ${tag}".toString()]
        byte[] frames = frames(lines)

        when:
        if (client == 'SSLSocket') {
            sendWithSslSocket(frames)
        } else {
            sendWithOpenssl(frames)
        }

        then:
        def found = awaitAll(tag, 2)
        found*.raw().toSet() == lines.toSet()
        found.every { it.deviceId() == 'ups-tls' && it.fields() =~ /"transport"\s*:\s*"tls"/ }

        where:
        client << ['SSLSocket', 'openssl s_client']
    }

    def "a plaintext client on the TLS port is refused and counted tls_refused; nothing of it is stored"() {
        given:
        long before = counts.get('syslog', 'tls_refused')
        String tag = "${marker}-plain"

        when:
        new Socket(InetAddress.loopbackAddress, receiver.tlsPort()).withCloseable { s ->
            s.soTimeout = 5000
            s.outputStream.write(frames(["<14>1 - - app - - in clear ${tag}".toString()]))
            s.outputStream.flush()
            // the server answers (a TLS alert at most) and closes
            try {
                while (s.inputStream.read() >= 0) {
                }
            } catch (SocketException closed) {
                // reset by the server: closed too
            }
        }

        then: 'counted once the server has given up on it: the client may see the close before the count is made'
        new PollingConditions(timeout: 10, delay: 0.05).eventually {
            assert counts.get('syslog', 'tls_refused') == before + 1
        }

        when: 'a TLS client still gets through'
        String after = "${marker}-after"
        sendWithSslSocket(frames(["<14>1 - - app - - over TLS ${after}".toString()]))

        then:
        awaitAll(after, 1)
        log.find(new DeviceLogFilter(null, false, null, tag, null, null, null), 1, 0).count() == 0
    }

    // ---------------------------------------------------------------- helpers

    /** RFC 5425 section 4.3: each message as MSG-LEN SP SYSLOG-MSG, its length in octets. */
    static byte[] frames(List<String> lines) {
        def out = new ByteArrayOutputStream()
        lines.each { l ->
            byte[] b = l.getBytes(StandardCharsets.UTF_8)
            out.write("${b.length} ".getBytes(StandardCharsets.US_ASCII))
            out.write(b)
        }
        out.toByteArray()
    }

    void sendWithSslSocket(byte[] frames) {
        def trust = KeyStore.getInstance('PKCS12')
        STORE.toFile().withInputStream { trust.load(it, PASSWORD.toCharArray()) }
        def tmf = TrustManagerFactory.getInstance(TrustManagerFactory.defaultAlgorithm)
        tmf.init(trust)
        def ctx = SSLContext.getInstance('TLS')
        ctx.init(null, tmf.trustManagers, null)
        ((SSLSocket) ctx.socketFactory.createSocket('127.0.0.1', receiver.tlsPort())).withCloseable { SSLSocket s ->
            s.startHandshake()
            s.outputStream.write(frames)
            s.outputStream.flush()
        }
    }

    void sendWithOpenssl(byte[] frames) {
        def p = new ProcessBuilder('openssl', 's_client', '-connect', "127.0.0.1:${receiver.tlsPort()}", '-quiet', '-no_ign_eof', '-verify_return_error',
                '-CAfile', pemOfStore().toString()).redirectErrorStream(true).start()
        p.outputStream.withCloseable { it.write(frames) }
        String out = p.inputStream.text
        assert p.waitFor() == 0: out
    }

    /** The certificate of the key store as PEM, for openssl to verify the server with. */
    Path pemOfStore() {
        def ks = KeyStore.getInstance('PKCS12')
        STORE.toFile().withInputStream { ks.load(it, PASSWORD.toCharArray()) }
        Path pem = STORE.resolveSibling('cert.pem')
        pem.toFile().text = '-----BEGIN CERTIFICATE-----\n' + Base64.mimeEncoder.encodeToString(ks.getCertificate('dcim').encoded) +
                '\n-----END CERTIFICATE-----\n'
        pem
    }

    List awaitAll(String tag, int n) {
        long deadline = System.currentTimeMillis() + 5000
        while (true) {
            def found = log.find(new DeviceLogFilter(null, false, null, tag, null, null, null), 10, 0).entries()
            if (found.size() >= n || System.currentTimeMillis() > deadline) {
                assert found.size() == n
                return found
            }
            sleep(50)
        }
    }
}

package vn.dcim.mqtt.testing

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

/**
 * A private Mosquitto that speaks only TLS and refuses anonymous clients: a throw-away CA, a server
 * certificate for 127.0.0.1, a password file and a PKCS12 trust store for the bridge.
 */
class TlsBroker {
    static final String USER = 'dcim'
    static final String PASSWORD = 'bí-mật'
    static final String TRUST_PASSWORD = 'changeit'

    static Mosquitto start() {
        Path dir = Files.createTempDirectory('mosquitto-tls-')
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString('rwxrwxrwx'))
        Files.writeString(dir.resolve('san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n')
        run(dir, 'openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt',
                '-subj', '/CN=dcim-test-ca', '-days', '2')
        run(dir, 'openssl', 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1')
        run(dir, 'openssl', 'x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial',
                '-out', 'server.crt', '-days', '2', '-extfile', 'san.ext')
        run(dir, 'keytool', '-importcert', '-alias', 'ca', '-file', 'ca.crt', '-keystore', 'trust.p12', '-storetype', 'PKCS12',
                '-storepass', TRUST_PASSWORD, '-noprompt')
        run(dir, 'mosquitto_passwd', '-b', '-c', 'passwd', USER, PASSWORD)
        dir.toFile().eachFile { Files.setPosixFilePermissions(it.toPath(), PosixFilePermissions.fromString('rw-r--r--')) }
        new Mosquitto("cafile ${dir}/ca.crt\ncertfile ${dir}/server.crt\nkeyfile ${dir}/server.key\n"
                + "allow_anonymous false\npassword_file ${dir}/passwd", ['--cafile', "${dir}/ca.crt".toString(), '-u', USER, '-P', PASSWORD], dir)
    }

    static String truststore(Mosquitto broker) {
        broker.dir.resolve('trust.p12').toString()
    }

    private static void run(Path dir, String... command) {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start()
        String out = p.inputStream.text
        assert p.waitFor() == 0: "${command.join(' ')}: ${out}"
    }
}

package vn.dcim.web.cli

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import spock.lang.Shared
import spock.lang.TempDir
import spock.util.concurrent.PollingConditions
import vn.dcim.core.crypto.TlsKeystore
import vn.dcim.core.testing.MariaDbSpec

import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.security.KeyStore
import java.security.cert.X509Certificate
import java.time.Duration

/**
 * Art. 25.3: the product's server over HTTPS, started with the properties the launcher makes of the
 * DCIM_* variables, reached by a client that trusts only the certificate the product generated.
 */
class HttpsSpec extends MariaDbSpec {
    @Shared @TempDir Path keys

    static int freePort() {
        new ServerSocket(0, 1, InetAddress.loopbackAddress).withCloseable { it.localPort }
    }

    Map env(String http, int httpsPort) {
        [DCIM_HTTPS: 'true', DCIM_HTTPS_PORT: "$httpsPort".toString(), DCIM_HTTP: http, DCIM_KEYS_DIR: keys.toString()]
    }

    EmbeddedServer start(Map env, int httpPort) {
        Map<String, Object> props = new HashMap<>(getProperties())
        props['micronaut.server.port'] = httpPort
        props.putAll(HttpsSettings.from({ env[it] } as java.util.function.Function, keys.resolve('data')).properties({ env[it] } as java.util.function.Function))
        ApplicationContext.run(EmbeddedServer, props)
    }

    static HttpClient trusting(X509Certificate cert) {
        KeyStore trust = KeyStore.getInstance('PKCS12')
        trust.load(null, null)
        trust.setCertificateEntry('dcim', cert)
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.defaultAlgorithm)
        tmf.init(trust)
        SSLContext ssl = SSLContext.getInstance('TLS')
        ssl.init(null, tmf.trustManagers, null)
        HttpClient.newBuilder().sslContext(ssl).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build()
    }

    static HttpResponse<String> get(HttpClient client, String url, String token = null) {
        def b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
        if (token) b.header('Authorization', "Bearer $token")
        client.send(b.build(), HttpResponse.BodyHandlers.ofString())
    }

    /** /health once it answers 200: the broker connection comes up in the background. */
    static HttpResponse<String> whenUp(HttpClient client, String url) {
        long deadline = System.currentTimeMillis() + 20_000
        HttpResponse<String> answer = get(client, url)
        while (answer.statusCode() != 200 && System.currentTimeMillis() < deadline) {
            sleep(200)
            answer = get(client, url)
        }
        answer
    }

    def "over HTTPS with the generated certificate: /health and a signed-in API call answer; plain HTTP redirects to HTTPS"() {
        given:
        int httpsPort = freePort()
        int httpPort = freePort()
        EmbeddedServer server = start(env('redirect', httpsPort), httpPort)
        TlsKeystore generated = HttpsSettings.keystore({ [DCIM_KEYS_DIR: keys.toString()][it] } as java.util.function.Function, keys)
        HttpClient client = trusting(generated.certificate())

        expect: 'the certificate and its password are kept in the key directory, readable by the owner only'
        generated.path() == keys.resolve(TlsKeystore.FILE)
        Files.getPosixFilePermissions(keys.resolve(TlsKeystore.FILE)) == PosixFilePermissions.fromString('rw-------')
        Files.getPosixFilePermissions(keys.resolve(TlsKeystore.PASSWORD_FILE)) == PosixFilePermissions.fromString('rw-------')
        generated.certificate().subjectAlternativeNames*.get(1).containsAll(['localhost', '127.0.0.1'])

        when: 'health, over HTTPS, once the broker connection is up (it connects in the background)'
        def health = whenUp(client, "https://localhost:$httpsPort/health")

        then:
        health.headers().firstValue('Strict-Transport-Security').orElse(null) == 'max-age=31536000'

        when: 'the administrator signs in and reads the compliance view, over HTTPS'
        def login = client.send(HttpRequest.newBuilder(URI.create("https://localhost:$httpsPort/login"))
                .header('Content-Type', 'application/json')
                .POST(HttpRequest.BodyPublishers.ofString(JsonOutput.toJson([username: 'admin', password: ADMIN_PASSWORD]))).build(),
                HttpResponse.BodyHandlers.ofString())
        String token = new JsonSlurper().parseText(login.body()).access_token
        def compliance = get(client, "https://localhost:$httpsPort/api/compliance", token)
        def art253 = new JsonSlurper().parseText(compliance.body()).find { it.article == 'Art. 25.3' }

        then:
        login.statusCode() == 200
        compliance.statusCode() == 200
        art253.state == 'compliant'
        art253.summary.contains('DCIM_HTTP=redirect')

        when: 'a person signs in with the form, over HTTPS'
        def form = client.send(HttpRequest.newBuilder(URI.create("https://localhost:$httpsPort/login"))
                .header('Content-Type', 'application/x-www-form-urlencoded')
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=${URLEncoder.encode(ADMIN_PASSWORD, 'UTF-8')}")).build(),
                HttpResponse.BodyHandlers.ofString())
        Map<String, List<String>> cookies = form.headers().allValues('Set-Cookie').collectEntries { c ->
            [c.takeWhile { it != '=' }, c.split(';')*.trim()*.toLowerCase()]
        }

        then: 'the session cookie and the CSRF cookie are Secure'
        cookies.keySet().containsAll(['JWT', 'csrfToken'])
        cookies.JWT.contains('secure')
        cookies.csrfToken.contains('secure')

        when: 'a browser comes over plain HTTP'
        def plain = get(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), "http://localhost:$httpPort/health")

        then: 'it is sent to HTTPS'
        plain.statusCode() in [301, 308]
        plain.headers().firstValue('Location').get().startsWith('https://')

        cleanup:
        server?.close()
    }

    def "HTTP off: nothing listens on plain HTTP; the next start presents the same generated certificate"() {
        given:
        X509Certificate before = HttpsSettings.keystore({ [DCIM_KEYS_DIR: keys.toString()][it] } as java.util.function.Function, keys).certificate()
        int httpsPort = freePort()
        int httpPort = freePort()
        EmbeddedServer server = start(env('off', httpsPort), httpPort)
        HttpClient client = trusting(before)

        expect: '/health is UP once the broker connection is (it connects in the background)'
        new PollingConditions(timeout: 20).eventually {
            assert get(client, "https://127.0.0.1:$httpsPort/health").statusCode() == 200
        }

        when:
        get(HttpClient.newHttpClient(), "http://127.0.0.1:$httpPort/health")

        then:
        thrown(ConnectException)

        cleanup:
        server?.close()
    }

    def "HTTPS stays off unless asked for: the first run serves plain HTTP (#variables)"() {
        when:
        def settings = HttpsSettings.from({ variables[it] } as java.util.function.Function, keys.resolve('data'))

        then:
        settings.enabled() == enabled
        settings.properties({ variables[it] } as java.util.function.Function).isEmpty() == !enabled

        where:
        variables                                           || enabled
        [:]                                                 || false
        [DCIM_HTTPS: 'false', DCIM_HTTPS_PORT: '9443']      || false
        [DCIM_HTTPS_PORT: '9443', DCIM_KEYS_DIR: keys.toString()]   || true
    }

    def "the CSRF cookie is Secure when every page comes over HTTPS (DCIM_HTTP=#http), unless DCIM_COOKIE_SECURE says otherwise"() {
        given:
        Map variables = env(http, 9443) + (override ? [DCIM_COOKIE_SECURE: override] : [:])

        expect:
        HttpsSettings.from({ variables[it] } as java.util.function.Function, keys).properties({ variables[it] } as java.util.function.Function)
                .get('micronaut.security.csrf.cookie-secure') == secure

        where:
        http       | override || secure
        'redirect' | null     || true
        'off'      | null     || true
        'on'       | null     || false
        'redirect' | 'false'  || null
    }
}

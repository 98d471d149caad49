package vn.dcim.web.push

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer

import java.nio.charset.StandardCharsets
import java.security.MessageDigest
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicInteger

/**
 * A real HTTP server playing a Hikvision terminal's ISAPI web server: every path asks for HTTP Digest (MD5, qop=auth,
 * as ISAPI does) and answers only a request whose response matches the terminal's user and password; what each path
 * then gives is set by the spec. Every request is recorded, so a spec can tell a server that was never asked.
 */
class FakeTerminal implements AutoCloseable {
    static final String REALM = 'DS-K1T671'

    final HttpServer server
    final String user
    final String password
    final List<String> requests = new CopyOnWriteArrayList<>()
    final AtomicInteger signedIn = new AtomicInteger()
    /** path -> [status, headers, body] answered once signed in. */
    final Map<String, List> answers = [:].asSynchronized()

    FakeTerminal(String host, int port, String user, String password) {
        this.user = user
        this.password = password
        server = HttpServer.create(new InetSocketAddress(host, port), 0)
        server.createContext('/') { HttpExchange x -> handle(x) }
        server.start()
    }

    int getPort() { server.address.port }

    String url(String path) { "http://${server.address.address.hostAddress}:$port$path" }

    private void handle(HttpExchange x) {
        try {
            String path = x.requestURI.rawPath
            String auth = x.requestHeaders.getFirst('Authorization')
            requests << "${x.requestMethod} $path ${auth ? auth.split(' ')[0] : '-'}".toString()
            if (!digestValid(x.requestMethod, auth)) {
                x.responseHeaders.add('WWW-Authenticate', "Digest qop=\"auth\", realm=\"$REALM\", nonce=\"${UUID.randomUUID()}\", stale=\"FALSE\"")
                answer(x, 401, [:], 'Unauthorized'.bytes)
                return
            }
            signedIn.incrementAndGet()
            List a = answers[path] ?: [404, [:], 'not found'.bytes]
            answer(x, a[0] as int, a[1] as Map, a[2] as byte[])
        } catch (IOException ignored) {
            // the product cut the connection: what a refused answer should do
        }
    }

    private static void answer(HttpExchange x, int status, Map<String, String> headers, byte[] body) {
        headers.each { k, v -> x.responseHeaders.add(k, v) }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length)
        if (body.length > 0) {
            x.responseBody.withStream { it.write(body) }
        }
        x.close()
    }

    /** RFC 7616 with MD5 and qop=auth: response = MD5(HA1:nonce:nc:cnonce:qop:HA2). */
    private boolean digestValid(String method, String auth) {
        if (auth == null || !auth.startsWith('Digest ')) {
            return false
        }
        Map<String, String> f = [:]
        (auth.substring(7) =~ /(\w+)=(?:"([^"]*)"|([^,\s]*))/).each { List m -> f[m[1] as String] = (m[2] ?: m[3]) as String }
        if (f.username != user || f.realm != REALM) {
            return false
        }
        String ha1 = md5("$user:$REALM:$password")
        String ha2 = md5("$method:${f.uri}")
        f.response == md5("$ha1:${f.nonce}:${f.nc}:${f.cnonce}:${f.qop}:$ha2")
    }

    private static String md5(GString s) { md5(s.toString()) }

    private static String md5(String s) {
        MessageDigest.getInstance('MD5').digest(s.getBytes(StandardCharsets.UTF_8)).encodeHex().toString()
    }

    @Override
    void close() {
        server.stop(0)
    }
}

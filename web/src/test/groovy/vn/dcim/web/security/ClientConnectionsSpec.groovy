package vn.dcim.web.security

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.MariaDbSpec

import java.nio.charset.StandardCharsets

/**
 * The web port holds what one address and all of them together may keep open, and closes a request head that dribbles
 * in (a slow-loris): a client can no longer use up the files the database and backups need. Each client here is an
 * address of its own on the loopback network (127.0.0.N), so the caps count it alone.
 */
@MicronautTest(transactional = false)
class ClientConnectionsSpec extends MariaDbSpec {
    static final int PER_ADDRESS = 5
    static final int MAX = 12

    @Inject EmbeddedServer server
    @Inject ClientConnections connections
    List<Socket> sockets = []

    @Override
    Map<String, String> extraProperties() {
        ['dcim.http.connections.per-address'         : "$PER_ADDRESS".toString(),
         'dcim.http.connections.max'                 : "$MAX".toString(),
         'dcim.http.connections.request-head-timeout': '1s',
         'dcim.http.connections.proxies'             : '127.0.0.8']
    }

    def setup() {
        // what an earlier feature left open is gone (the server hears a close a moment after the client)
        new PollingConditions(timeout: 10).eventually { assert connections.open() == 0 }
    }

    def cleanup() {
        sockets*.close()
    }

    def "one address holds at most its share of connections: the next is closed as it opens, its first ones and other addresses are served"() {
        given:
        List<Socket> held = open('127.0.0.2', PER_ADDRESS)
        long refusedBefore = connections.refused('per_address')

        expect: 'the server took them (it takes connections on several threads, not in the order they opened)'
        openOnes(held) == held

        when:
        Socket oneTooMany = open('127.0.0.2', 1)[0]

        then:
        openOnes([oneTooMany]).isEmpty()
        connections.refused('per_address') == refusedBefore + 1

        and: 'those it holds are answered, and so is another address'
        status(held[0]) == 200
        status(open('127.0.0.3', 1)[0]) == 200

        when: 'one of its connections ends'
        held[1].close()

        then: 'it may open one again'
        new PollingConditions(timeout: 5).eventually {
            assert openOnes(open('127.0.0.2', 1)).size() == 1
        }
    }

    def "all addresses together hold at most the total"() {
        given:
        List<Socket> first = open('127.0.0.4', PER_ADDRESS) + open('127.0.0.5', PER_ADDRESS)
        long refusedBefore = connections.refused('total')

        expect:
        openOnes(first) == first

        when:
        List<Socket> third = open('127.0.0.6', PER_ADDRESS)

        then:
        openOnes(third).size() == MAX - 2 * PER_ADDRESS
        connections.refused('total') == refusedBefore + 3 * PER_ADDRESS - MAX
        connections.open() == MAX
    }

    def "a reverse proxy's address is held to the total alone"() {
        when:
        List<Socket> proxied = open('127.0.0.8', PER_ADDRESS + 3)

        then:
        openOnes(proxied) == proxied
        status(proxied.last()) == 200
    }

    def "a request head sent #how is #outcome"() {
        given:
        Socket socket = open('127.0.0.7', 1)[0]
        long refusedBefore = connections.refused('slow_head')

        when:
        boolean closed = false
        try {
            parts.each { String part ->
                socket.outputStream.write(part.getBytes(StandardCharsets.US_ASCII))
                socket.outputStream.flush()
                sleep(gapMs)
            }
        } catch (IOException ignored) {
            closed = true
        }
        String answer = closed ? '' : answer(socket)

        then: 'a head still dribbling in after the timeout is cut off before it ends'
        answer.startsWith('HTTP/1.1 200') == answered
        connections.refused('slow_head') == refusedBefore + (answered ? 0 : 1)

        where:
        how                                       | parts                                                                       | gapMs || answered
        'in pieces within the timeout'            | ['GET /health HTTP/1.1\r\n', 'Host: x\r\n', '\r\n']                         | 200   || true
        'a line every 400 ms past the timeout'    | ['GET /health HTTP/1.1\r\n'] + (1..8).collect { "X-Slow-$it: a\r\n" } + ['\r\n'] | 400   || false
        outcome = answered ? 'answered' : 'closed once the timeout has passed'
    }

    def "a kept-alive connection idle between two requests is the idle timeout's, not the head clock's"() {
        given:
        Socket socket = open('127.0.0.9', 1)[0]

        expect:
        status(socket) == 200

        when:
        sleep(2_000)

        then:
        status(socket) == 200
    }

    /** {@code n} connections from {@code local}, kept for cleanup. */
    List<Socket> open(String local, int n) {
        List<Socket> opened = (1..n).collect {
            new Socket(InetAddress.getByName('127.0.0.1'), server.port, InetAddress.getByName(local), 0)
        }
        sockets.addAll(opened)
        opened
    }

    /** The ones of {@code these} the server kept open, a moment after they opened. */
    static List<Socket> openOnes(List<Socket> these) {
        sleep(500)
        these.findAll { Socket s ->
            s.soTimeout = 1
            try {
                s.inputStream.read() >= 0
            } catch (SocketTimeoutException ignored) {
                true
            } catch (IOException ignored) {
                false
            }
        }
    }

    /** The status of GET /health on a kept-alive connection. */
    static int status(Socket socket) {
        socket.outputStream.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n'.getBytes(StandardCharsets.US_ASCII))
        socket.outputStream.flush()
        socket.soTimeout = 10_000
        answer(socket).substring(9, 12) as int
    }

    /** One answer's head and body (the body's length from Content-Length), or '' when the server closed. */
    static String answer(Socket socket) {
        socket.soTimeout = 10_000
        def head = new ByteArrayOutputStream()
        InputStream input = socket.inputStream
        while (!head.toString(StandardCharsets.US_ASCII).endsWith('\r\n\r\n')) {
            int b
            try {
                b = input.read()
            } catch (IOException ignored) {
                return ''
            }
            if (b < 0) {
                return head.toString(StandardCharsets.US_ASCII)
            }
            head.write(b)
        }
        String text = head.toString(StandardCharsets.US_ASCII)
        def length = (text =~ /(?i)content-length:\s*(\d+)/)
        if (length.find()) {
            input.readNBytes(length.group(1) as int)
        }
        text
    }
}

package vn.dcim.core.testing

import com.sun.net.httpserver.HttpServer

import java.nio.charset.StandardCharsets
import java.util.concurrent.CopyOnWriteArrayList

/** A loopback HTTP server that keeps every request it gets (method, path, headers, body) and answers {@code status}. */
class LoopbackReceiver implements Closeable {
    static class Request {
        String method
        String path
        Map<String, String> headers
        String body
    }

    final HttpServer server
    final List<Request> requests = new CopyOnWriteArrayList<>()
    volatile int status = 200

    LoopbackReceiver() {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.1'), 0), 0)
        server.createContext('/') { exchange ->
            def headers = exchange.requestHeaders.collectEntries { k, v -> [(k.toLowerCase()): v.join(',')] }
            requests << new Request(method: exchange.requestMethod, path: exchange.requestURI.rawPath, headers: headers,
                    body: new String(exchange.requestBody.readAllBytes(), StandardCharsets.UTF_8))
            exchange.sendResponseHeaders(status, -1)
            exchange.close()
        }
        server.start()
    }

    int getPort() { server.address.port }

    @Override
    void close() { server.stop(0) }
}

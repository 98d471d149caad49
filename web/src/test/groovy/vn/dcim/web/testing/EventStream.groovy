package vn.dcim.web.testing

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.CopyOnWriteArrayList

/**
 * A server-sent event stream read as a browser reads it, on a thread of its own: its lines as they come, each with
 * the moment it came. Opened once the server said hello, so that nothing sent after {@link #open} is missed.
 */
class EventStream {
    /** Each line as {@code [System.nanoTime() it came at, the line]}. */
    final List<List> heard = new CopyOnWriteArrayList<>()

    static EventStream open(URL server, String path, String token) {
        def stream = new EventStream()
        def client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        def request = HttpRequest.newBuilder(URI.create("$server$path")).header('Authorization', "Bearer $token")
                .header('Accept', 'text/event-stream').build()
        Thread.start {
            try {
                client.send(request, HttpResponse.BodyHandlers.ofLines()).body().forEach { stream.heard << [System.nanoTime(), it] }
            } catch (Exception ignored) {
                // the spec ends the stream by ending
            }
        }
        assert waitFor { stream.lines().any { it.contains('hello') } }
        stream
    }

    List<String> lines() { heard.collect { it[1] as String } }

    /** Whether the condition came true within 15 s, asked every 50 ms. */
    static boolean waitFor(Closure<Boolean> condition) {
        long until = System.nanoTime() + 15_000_000_000L
        while (System.nanoTime() < until) {
            if (condition.call()) return true
            Thread.sleep(50)
        }
        false
    }
}

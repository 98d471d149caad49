package vn.dcim.web.testing

import groovy.json.JsonOutput
import groovy.json.JsonSlurper

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/**
 * Plain HTTP calls as an outside client makes them: no redirect followed, no token added, so a
 * spec sees exactly what an anonymous caller, a script or a browser would get.
 */
class Calls {
    /**
     * One client for every spec: a client owns a selector thread and its own connections, and specs made one per
     * feature (ApiFuzzSpec one per operation), each opening new connections and leaving its thread to the collector.
     * It keeps no cookies and follows no redirect, so sharing it changes nothing a spec sees.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build()

    final String base

    Calls(URL base) {
        this.base = base.toString().replaceAll('/$', '')
    }

    /** The answer: status, headers, text and (for JSON) the parsed body. */
    static class Answer {
        int status
        Map<String, List<String>> headers
        String text

        Object getJson() { text ? new JsonSlurper().parseText(text) : null }

        String header(String name) { headers.find { it.key.equalsIgnoreCase(name) }?.value?.first() }

        List<String> cookies() { headers.find { it.key.equalsIgnoreCase('set-cookie') }?.value ?: [] }

        /** Those of {@code parts} the text does not hold (a page's words, ids and figures): none when it holds them all. */
        List<String> missing(Object... parts) { parts*.toString().findAll { !text.contains(it) } }
    }

    /** {@code body}: bytes as they are (a photo, a multipart upload, a device's push), text as it is, anything else as JSON. */
    Answer send(String method, String path, Map<String, String> headers = [:], Object body = null) {
        def builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        headers.each { k, v -> builder.header(k, v) }
        String text = body == null || body instanceof byte[] ? null : body instanceof CharSequence ? body.toString() : JsonOutput.toJson(body)
        if (text != null && !headers.keySet().any { it.equalsIgnoreCase('Content-Type') }) {
            builder.header('Content-Type', 'application/json')
        }
        builder.method(method, body instanceof byte[] ? HttpRequest.BodyPublishers.ofByteArray(body as byte[])
                : text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
        def r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString())
        new Answer(status: r.statusCode(), headers: r.headers().map(), text: r.body())
    }

    Answer get(String path, String token = null, Map<String, String> headers = [:]) {
        send('GET', path, token ? headers + [Authorization: "Bearer $token"] : headers)
    }

    Answer post(String path, Object body, String token = null, Map<String, String> headers = [:]) {
        send('POST', path, token ? headers + [Authorization: "Bearer $token"] : headers, body)
    }

    /** The value of the device's latest reading of the metric (the first listed), once the API answered 200. */
    Object latestValue(String device, String metric, String token) {
        def latest = get("/api/devices/$device/readings/latest", token)
        assert latest.status == 200
        latest.json.find { it.metric == metric }?.value
    }

    /** A multipart upload as a browser's FormData sends it: one part {@code field} holding the file, its name and type. */
    Answer upload(String path, String token, String filename, String type, byte[] content, String field = 'file') {
        String boundary = 'dcim' + System.nanoTime()
        def out = new ByteArrayOutputStream()
        out.write(("--$boundary\r\nContent-Disposition: form-data; name=\"$field\"; filename=\"$filename\"\r\n" +
                "Content-Type: $type\r\n\r\n").getBytes('UTF-8'))
        out.write(content)
        out.write("\r\n--$boundary--\r\n".getBytes('UTF-8'))
        send('POST', path, [Authorization: "Bearer $token".toString(), 'Content-Type': "multipart/form-data; boundary=$boundary".toString()],
                out.toByteArray())
    }
}

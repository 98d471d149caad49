package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.web.security.ClientAddress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where devices push their events over HTTP, beside the API people use: device
 * authenticated (a token in the path, a registered serial from an allowed address), never a session,
 * so these paths are open in access.yml and exempt from the browsers' CSRF check. Served on the same
 * server as the screens, so over TLS when HTTPS is on. Every answer is plain text, whatever the body pushed; a refusal is a 4xx.
 */
@Hidden
@Controller(produces = MediaType.TEXT_PLAIN, consumes = MediaType.ALL)
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PushController {
    private final IsapiPushes isapi;
    private final ZktecoPushes zkteco;

    /** Hikvision ISAPI "HTTP listening": JSON, XML or multipart (event part, then a picture). */
    @Post(uri = "/push/{token}/isapi")
    HttpResponse<String> isapi(@PathVariable String token, HttpRequest<?> request, @Body @Nullable byte[] body) {
        return answer(isapi.withToken(token, request.getPath(), contentType(request), body(body), ClientAddress.of(request)));
    }

    /** Dahua cameras and recorders: the event stream's lines (Code=...;action=...;index=...) or the JSON event push. */
    @Post(uri = "/push/{token}/dahua")
    HttpResponse<String> dahua(@PathVariable String token, HttpRequest<?> request, @Body @Nullable byte[] body) {
        return answer(isapi.withToken(IsapiPushes.DAHUA, token, request.getPath(), contentType(request), body(body), ClientAddress.of(request)));
    }

    /**
     * Hikvision ISAPI "HTTP listening" with authentication (Basic or Digest, user = the device id,
     * password = its push token): the same bodies as above.
     */
    @Post(uri = "/push/isapi")
    HttpResponse<String> isapiAuthorized(HttpRequest<?> request, @Body @Nullable byte[] body) {
        String rawQuery = request.getUri().getRawQuery();
        String requestUri = request.getUri().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery);
        return answer(isapi.authorized(request.getMethodName(), requestUri, request.getHeaders().get(HttpHeaders.AUTHORIZATION),
                request.getPath(), contentType(request), body(body), ClientAddress.of(request)));
    }

    /** ZKTeco PUSH handshake: the options the terminal works with. */
    @Get(uri = "/iclock/cdata")
    HttpResponse<String> zktecoHandshake(HttpRequest<?> request) {
        return answer(zkteco.handshake(query(request), ClientAddress.of(request)));
    }

    /** ZKTeco PUSH upload of a table (ATTLOG, rtlog, OPERLOG, ...), tab separated lines. */
    @Post(uri = "/iclock/cdata")
    HttpResponse<String> zktecoData(HttpRequest<?> request, @Body @Nullable byte[] body) {
        return answer(zkteco.data(request.getPath(), request.getUri().getRawQuery(), query(request), contentType(request),
                body(body), ClientAddress.of(request)));
    }

    /** ZKTeco PUSH poll for commands (getrequest) and its heartbeat (ping): one answer, none for now. */
    @Get(uris = {"/iclock/getrequest", "/iclock/ping"})
    HttpResponse<String> zktecoPoll(HttpRequest<?> request) {
        return answer(zkteco.poll(query(request), ClientAddress.of(request)));
    }

    /** ZKTeco's results of commands: there are none to report yet, answered OK. */
    @Post(uri = "/iclock/devicecmd")
    HttpResponse<String> zktecoCommandResult(HttpRequest<?> request, @Body @Nullable byte[] body) {
        return zktecoPoll(request);
    }

    private static HttpResponse<String> answer(PushReceiver.Answer a) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(io.micronaut.http.HttpStatus.valueOf(a.status())).body(a.body())
                .contentType(MediaType.TEXT_PLAIN_TYPE);
        a.challenges().forEach(c -> response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, c));
        return response;
    }

    private static byte[] body(@Nullable byte[] body) {
        return body == null ? new byte[0] : body;
    }

    private static String contentType(HttpRequest<?> request) {
        return request.getHeaders().get("Content-Type");
    }

    private static Map<String, String> query(HttpRequest<?> request) {
        Map<String, String> out = new LinkedHashMap<>();
        request.getParameters().forEach((k, v) -> {
            if (!v.isEmpty() && out.size() < 50) {
                out.put(k, v.get(0));
            }
        });
        return out;
    }
}

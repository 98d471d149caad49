package vn.dcim.core.notification;

import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** POSTs the notification's JSON body; anything but a 2xx answer is a failed attempt, retried later. */
@Singleton
class WebhookSender implements NotificationSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public Channel channel() {
        return Channel.webhook;
    }

    @Override
    public void send(Notification n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(n.address())).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-DCIM-Notification", String.valueOf(n.id()))
                .POST(HttpRequest.BodyPublishers.ofString(n.body(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new IllegalStateException("webhook answered HTTP " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length())));
        }
    }
}

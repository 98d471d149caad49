package vn.dcim.web.push;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.dcim.core.personal.RetentionPolicy;
import vn.dcim.core.push.PushCredentials.TerminalAccount;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches one picture from the terminal that named it, signed in with the terminal's own account by HTTP Digest (ISAPI;
 * Apache HttpClient's Digest, Basic where the terminal asks for it), bounded in time and size. Only from the address
 * the push came from: the credentials are scoped to that host and port, a redirect is followed only to the same
 * address (twice at most), and anything else is refused, never fetched. The answer must say it is a JPEG or a PNG.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
final class TerminalPictureFetcher implements AutoCloseable {
    private static final int MAX_REDIRECTS = 2;

    /** What an attempt gave. */
    sealed interface Outcome {
        /** The picture's bytes and the type the terminal said. */
        record Picture(byte[] content, String contentType) implements Outcome {
        }

        /** Refused for good (counted under {@code outcome}): asking again would give the same. */
        record Refused(String outcome, String why) implements Outcome {
        }

        /** The terminal did not answer, or not yet: asked again later. */
        record Unreachable(String why) implements Outcome {
        }
    }

    private final CloseableHttpClient http;
    private final int maxBytes;
    private final Duration deadline;
    private final Clock clock;

    /** Bounded by dcim.push.pictures.* in time, by the pictures' retention policy in size. */
    @Inject
    TerminalPictureFetcher(TerminalPictureSettings settings, RetentionPolicy policy, Clock clock) {
        this(settings.connectTimeout(), settings.readTimeout(), settings.deadline(), policy.maxPictureBytes(), clock);
    }

    TerminalPictureFetcher(Duration connectTimeout, Duration readTimeout, Duration deadline, int maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.clock = clock;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout)).setSocketTimeout(Timeout.of(readTimeout)).build())
                        .setMaxConnTotal(8).setMaxConnPerRoute(2).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout))
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout)).setRedirectsEnabled(false).build())
                // redirects are judged here (same address only); a terminal sets no cookie worth keeping
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                // no proxy (none is configured, and the system's is not read): the picture comes from the terminal itself
                .build();
    }

    /** The picture at {@code url} of the terminal at {@code source}, signed in as {@code account}. */
    Outcome fetch(URI url, String source, TerminalAccount account) {
        Instant until = clock.instant().plus(deadline);
        URI at = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!TerminalAddress.sameHost(at, source)) {
                return new Outcome.Refused("picture_refused_host", "the address " + at + " is not the terminal's (" + source + ")");
            }
            HttpHost host = HttpHost.create(at);
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            // scoped to the terminal's host and port: the library answers no other's challenge with them
            credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(account.user(), account.password().toCharArray()));
            HttpClientContext context = HttpClientContext.create();
            context.setCredentialsProvider(credentials);
            HttpGet get = new HttpGet(at);
            get.setHeader("Accept", "image/jpeg, image/png");
            Answer a;
            try {
                a = exchange(host, get, context, until);
            } catch (IOException e) {
                return new Outcome.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                return new Outcome.Refused("picture_refused", "the terminal's answer could not be read: " + e.getMessage());
            }
            if (a.outcome() != null) {
                return a.outcome();
            }
            Optional<URI> next = a.location().flatMap(l -> resolve(url, l));
            if (next.isEmpty()) {
                return new Outcome.Refused("picture_refused_redirect", "redirected without a usable Location");
            }
            if (!TerminalAddress.sameHost(next.get(), source) || !scheme(next.get())) {
                return new Outcome.Refused("picture_refused_redirect", "redirected away from the terminal, to " + next.get());
            }
            at = next.get();
        }
        return new Outcome.Refused("picture_refused_redirect", "more than " + MAX_REDIRECTS + " redirects");
    }

    /** An answer read: its outcome, or where it redirects to; {@code whole} when its body was read to the end. */
    private record Answer(Outcome outcome, Optional<String> location, boolean whole) {
        Answer(Outcome outcome, Optional<String> location) {
            this(outcome, location, false);
        }
    }

    /**
     * One request and its answer. An answer left unread (refused, too large, too slow) has its connection cut: closing
     * it the ordinary way would read the rest of the body, however long the terminal makes it.
     */
    private Answer exchange(HttpHost host, HttpGet get, HttpClientContext context, Instant until) throws IOException {
        ClassicHttpResponse response = http.executeOpen(host, get, context);
        Answer a;
        try {
            a = read(response, until);
        } catch (IOException | RuntimeException e) {
            get.cancel();
            closeQuietly(response);
            throw e;
        }
        if (!a.whole()) {
            get.cancel();
        }
        closeQuietly(response);
        return a;
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection was cut on purpose, or the answer is already in hand
        }
    }

    private Answer read(ClassicHttpResponse response, Instant until) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400) {
            Header l = response.getFirstHeader("Location");
            return new Answer(null, Optional.ofNullable(l == null ? null : l.getValue()));
        }
        if (status == 401 || status == 403) {
            return new Answer(new Outcome.Refused("picture_refused_account", "the terminal refused its account (" + status + ")"), Optional.empty());
        }
        if (status == 404 || status == 410) {
            return new Answer(new Outcome.Refused("picture_refused_gone", "the terminal no longer has the picture (" + status + ")"), Optional.empty());
        }
        if (status != 200) {
            return new Answer(new Outcome.Unreachable("the terminal answered " + status), Optional.empty());
        }
        HttpEntity entity = response.getEntity();
        String type = entity == null || entity.getContentType() == null ? ""
                : entity.getContentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("image/jpeg") && !type.equals("image/png")) {
            return new Answer(new Outcome.Refused("picture_refused_type", "not a picture: " + (type.isEmpty() ? "no type" : type)), Optional.empty());
        }
        if (entity.getContentLength() > maxBytes) {
            return new Answer(new Outcome.Refused("picture_refused_size", "a picture of " + entity.getContentLength() + " bytes, more than "
                    + maxBytes), Optional.empty());
        }
        byte[] content = new byte[0];
        try (InputStream in = entity.getContent()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    // a terminal that says no length, or a wrong one: read no further than the limit
                    return new Answer(new Outcome.Refused("picture_refused_size", "a picture of more than " + maxBytes + " bytes"), Optional.empty());
                }
                if (clock.instant().isAfter(until)) {
                    return new Answer(new Outcome.Unreachable("the picture came too slowly"), Optional.empty());
                }
            }
            content = out.toByteArray();
        }
        return new Answer(new Outcome.Picture(content, type), Optional.empty(), true);
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return Optional.of(base.resolve(new URI(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean scheme(URI u) {
        return u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
                && u.getRawUserInfo() == null;
    }

    @Override
    @PreDestroy
    public void close() throws IOException {
        http.close();
    }
}

package vn.dcim.web.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.backup.UpgradeBackup;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * While an upgrade backs the database up and migrates it (minutes on a large one), the product's HTTP port
 * answers instead of refusing connections: every request 503 with Retry-After, a person a page that says what
 * is happening, /health DOWN. A load balancer, a monitoring check or an operator's browser then sees an
 * upgrade under way, not a product that is gone. It gives the ports back just before the web server binds. The
 * HTTPS port (QĐ 11/2023 Điều 25 khoản 3: transmission encrypted) answers the same over TLS, with the certificate
 * the web server will present: a browser that only knows the https:// address sees the notice, not a refusal.
 */
final class UpgradeNotice implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeNotice.class);
    /** Seconds a client should wait before asking again: migrations are minutes, not seconds. */
    static final int RETRY_AFTER_S = 30;

    private final List<HttpServer> servers;
    private final List<ExecutorService> threads;

    private UpgradeNotice(List<HttpServer> servers, List<ExecutorService> threads) {
        this.servers = servers;
        this.threads = threads;
    }

    /**
     * Answers on each plain port and on the HTTPS port when HTTPS is on; a port that cannot be bound (or a key store
     * that cannot be read) is left to the web server's own start to report.
     */
    static UpgradeNotice open(Collection<Integer> plainPorts, HttpsSettings https, UpgradeBackup.Upgrade upgrade) {
        List<HttpServer> open = new ArrayList<>();
        List<ExecutorService> threads = new ArrayList<>();
        String message = "Đang nâng cấp cơ sở dữ liệu (V" + upgrade.from() + " → V" + upgrade.to() + ", " + upgrade.migrations()
                + " bước): sao lưu trước, rồi chuyển đổi. Hệ thống hoạt động lại ngay khi nâng cấp xong.";
        for (int port : plainPorts) {
            try {
                serve(HttpServer.create(new InetSocketAddress(port), 50), message, open, threads);
            } catch (IOException e) {
                LOG.debug("port {} not answered during the upgrade: {}", port, e.getMessage());
            }
        }
        if (https.enabled()) {
            try {
                HttpsServer server = HttpsServer.create(new InetSocketAddress(https.port()), 50);
                server.setHttpsConfigurator(new HttpsConfigurator(tls(https)));
                serve(server, message, open, threads);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                LOG.debug("HTTPS port {} not answered during the upgrade: {}", https.port(), e.getMessage());
            }
        }
        return new UpgradeNotice(open, threads);
    }

    private static void serve(HttpServer server, String message, List<HttpServer> open, List<ExecutorService> threads) {
        server.createContext("/", exchange -> answer(exchange, message));
        ExecutorService thread = NamedThreads.single("upgrade-notice-");
        server.setExecutor(thread);
        server.start();
        open.add(server);
        threads.add(thread);
    }

    /** The TLS of the web server's own key store, so that the certificate a browser trusts now is the one it meets later. */
    private static SSLContext tls(HttpsSettings https) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(https.keystore().load(), https.keystore().password().toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        return tls;
    }

    private static void answer(HttpExchange exchange, String message) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
            boolean page = !path.equals("/health") && !path.startsWith("/health/") && !path.startsWith("/api/")
                    && accept.contains("text/html");
            String body;
            if (path.equals("/health") || path.startsWith("/health/")) {
                body = "{\"status\":\"DOWN\"}";
            } else if (page) {
                body = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\""
                        + RETRY_AFTER_S + "\"><title>Đang nâng cấp</title></head><body><h1>Đang nâng cấp cơ sở dữ liệu</h1><p>"
                        + message + "</p><p>Trang tự tải lại sau " + RETRY_AFTER_S + " giây.</p></body></html>";
            } else {
                body = "{\"status\":503,\"message\":\"" + message + "\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", (page ? "text/html" : "application/json") + ";charset=utf-8");
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_S));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            exchange.sendResponseHeaders(503, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Gives the ports back (immediately: a request still open gets its answer cut, the web server answers the next). */
    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        threads.forEach(ExecutorService::shutdownNow);
    }
}

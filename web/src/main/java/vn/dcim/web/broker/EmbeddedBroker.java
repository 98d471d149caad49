package vn.dcim.web.broker;

import io.micronaut.core.annotation.Nullable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.mqtt.broker.BrokerRefusals;
import vn.dcim.mqtt.broker.DeviceCredentials;
import vn.dcim.mqtt.broker.TopicScope;
import vn.dcim.mqtt.ingest.UnheardTopics;

import io.moquette.broker.ISslContextCreator;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptConnectMessage;
import io.moquette.interception.messages.InterceptConnectionLostMessage;
import io.moquette.interception.messages.InterceptDisconnectMessage;
import io.moquette.interception.messages.InterceptPublishMessage;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.crypto.TlsKeystore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Properties;

/**
 * The MQTT broker of the zero-setup run (Moquette, MQTT 3.1.1, persistent sessions on disk).
 * Production sites may point {@code DCIM_MQTT_URL} at their own broker instead.
 *
 * <p>Art. 25.3 and the issue-17 hardening: publishers sign in with the credential the administrator
 * issued them ({@link DeviceCredentials}); anonymous clients only in the demo; an optional TLS
 * listener presents the installation's certificate; messages up to {@link Options#maxMessageBytes}
 * pass (the contract's largest metrics message fits) and what is refused is counted
 * ({@link BrokerRefusals}).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    /**
     * The contract's largest message: 500 metrics (metric.schema.json) each with a 100-character name
     * and instance, a 200-character text and a 20-character unit, escaped, stays under 1 MiB.
     */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

    /**
     * How the broker runs. {@code tlsPort} null: no TLS listener. {@code bridgeUser} and
     * {@code bridgePassword}: the product's own credential (the bridge, the demo's devices).
     */
    public record Options(String host, int port, Integer tlsPort, TlsKeystore keystore, int maxMessageBytes,
                          boolean allowAnonymous, String bridgeUser, String bridgePassword, boolean portChosen) {
        public static Options defaults(int port, String bridgeUser, String bridgePassword) {
            return new Options("127.0.0.1", port, null, null, DEFAULT_MAX_MESSAGE_BYTES, false, bridgeUser, bridgePassword, false);
        }

        public Options withTls(int tlsPort, TlsKeystore keystore) {
            return new Options(host, port, tlsPort, keystore, maxMessageBytes, allowAnonymous, bridgeUser, bridgePassword, portChosen);
        }

        public Options withMaxMessageBytes(int bytes) {
            return new Options(host, port, tlsPort, keystore, bytes, allowAnonymous, bridgeUser, bridgePassword, portChosen);
        }

        public Options withAnonymous(boolean allowed) {
            return new Options(host, port, tlsPort, keystore, maxMessageBytes, allowed, bridgeUser, bridgePassword, portChosen);
        }

        public Options withHost(String bindHost) {
            return new Options(bindHost, port, tlsPort, keystore, maxMessageBytes, allowAnonymous, bridgeUser, bridgePassword, portChosen);
        }

        /**
         * The operator chose the plain port (DCIM_MQTT_PORT): when it is busy the start stops instead of moving to
         * a free one, where the devices configured for it could no longer connect. Unchosen, the default port
         * still gives way to a free one (a second instance beside a first on one machine). A TLS port is always
         * chosen (it has no default).
         */
        public Options withPortChosen() {
            return new Options(host, port, tlsPort, keystore, maxMessageBytes, allowAnonymous, bridgeUser, bridgePassword, true);
        }
    }

    private final Server server;
    private final Options options;
    private final BrokerRefusals refusals;
    private final Login login;
    private final MoquetteRefusalLog refusalLog;
    private final Sessions sessions;
    private final Unheard unheard;

    /**
     * Starts on the preferred ports; a busy default port gives way to a free one (logged), a busy chosen one
     * ({@link Options#withPortChosen()}, any TLS port) stops the start.
     *
     * @throws PortInUseException when a chosen port is held by another program
     */
    public static EmbeddedBroker start(Path dataDir, Options wanted) {
        Options options = wanted;
        int port = wanted.portChosen() ? chosen(wanted.port(), false) : freeOr(wanted.port(), "MQTT");
        Integer tlsPort = wanted.tlsPort() == null ? null : chosen(wanted.tlsPort(), true);
        // Anonymous clients (the demo's) only while nobody beyond this machine can connect
        boolean anonymous = options.allowAnonymous() && listensOnLoopbackOnly(options.host());
        if (options.allowAnonymous() && !anonymous) {
            LOG.warn("Embedded MQTT broker listens on {} (beyond loopback): anonymous clients refused, demo or not", options.host());
        }
        options = new Options(options.host(), port, tlsPort, options.keystore(), options.maxMessageBytes(),
                anonymous, options.bridgeUser(), options.bridgePassword(), options.portChosen());
        BrokerRefusals refusals = new BrokerRefusals();
        MoquetteRefusalLog refusalLog = MoquetteRefusalLog.install(refusals);
        try {
            Path store = dataDir.toAbsolutePath().resolve("mqtt");
            Files.createDirectories(store);
            Properties p = new Properties();
            p.setProperty("host", options.host());
            p.setProperty("port", Integer.toString(port));
            p.setProperty("allow_anonymous", Boolean.toString(options.allowAnonymous()));
            // mosquitto_pub and many devices connect with an empty client id (MQTT 3.1.1 clean session)
            p.setProperty("allow_zero_byte_client_id", "true");
            p.setProperty("persistence_enabled", "true");
            p.setProperty("data_path", store.toString());
            p.setProperty("telemetry_enabled", "false");
            p.setProperty("websocket_port", "disabled");
            // Moquette's default is 8092 bytes: a metrics message of the contract could be dropped
            p.setProperty("netty.mqtt.message_size", Integer.toString(options.maxMessageBytes()));
            if (tlsPort != null) {
                p.setProperty("ssl_port", Integer.toString(tlsPort));
                // Moquette checks these are set; the context itself comes from the creator below
                p.setProperty("jks_path", options.keystore().path().toString());
                p.setProperty("key_store_password", options.keystore().password());
                p.setProperty("key_manager_password", options.keystore().password());
            }
            Login login = new Login(options, refusals);
            Sessions sessions = new Sessions();
            Unheard unheard = new Unheard();
            Server server = new Server();
            server.startServer(new MemoryConfig(p), List.of(sessions, new Announcements(options, login), unheard), sslContext(options.keystore()),
                    login, new Permissions(options, login, refusals));
            LOG.info("Embedded MQTT broker up at tcp://{}:{}{}; anonymous clients {}; messages up to {} bytes", options.host(), port,
                    tlsPort == null ? "" : " and ssl://" + options.host() + ":" + tlsPort,
                    options.allowAnonymous() ? "allowed (demo)" : "refused", options.maxMessageBytes());
            return new EmbeddedBroker(server, options, refusals, login, refusalLog, sessions, unheard);
        } catch (IOException e) {
            if (refusalLog != null) {
                refusalLog.uninstall();
            }
            throw new UncheckedIOException("Embedded MQTT broker did not start: " + e.getMessage(), e);
        }
    }

    /** From now on the administrator's device credentials are accepted too (once the database is up). */
    public void authenticateWith(DeviceCredentials devices) {
        login.devices = devices;
        devices.onWithdrawn(this::disconnectUser);
    }

    /**
     * From now on a message on a topic the bridge does not listen to is told to {@code topics}: a device nobody
     * described yet shows in the list of messages to teach from instead of vanishing.
     */
    public void tellUnheard(UnheardTopics topics) {
        unheard.topics = topics;
    }

    /** Puts every client signed in as {@code username} off the broker (its credential was withdrawn). */
    public void disconnectUser(String username) {
        login.scopes.remove(username);
        Set<String> clients = sessions.byUser.remove(username);
        if (clients != null) {
            clients.forEach(server::disconnectClient);
            LOG.info("MQTT credential {} withdrawn: {} client(s) disconnected", username, clients.size());
        }
    }

    public String url() {
        return "tcp://" + reachableHost() + ":" + options.port();
    }

    /** The TLS listener, or null without one. */
    public String tlsUrl() {
        return options.tlsPort() == null ? null : "ssl://" + reachableHost() + ":" + options.tlsPort();
    }

    /** True for a loopback name or address (127.0.0.0/8, ::1, localhost); 0.0.0.0, :: and any other host are not. */
    static boolean listensOnLoopbackOnly(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.trim();
        if (h.equals("localhost") || h.equals("::1") || h.equals("[::1]") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        return h.matches("127(\\.\\d{1,3}){3}");
    }

    /** Where the product itself reaches the broker: loopback, unless it listens on one address only. */
    private String reachableHost() {
        String host = options.host();
        return host.equals("0.0.0.0") || host.equals("::") || host.isBlank() ? "127.0.0.1" : host;
    }

    public BrokerRefusals refusals() {
        return refusals;
    }

    @Override
    public void close() {
        server.stopServer();
        if (refusalLog != null) {
            refusalLog.uninstall();
        }
    }

    private static ISslContextCreator sslContext(TlsKeystore keystore) {
        return () -> {
            if (keystore == null) {
                return null;
            }
            try {
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keystore.load(), keystore.password().toCharArray());
                return SslContextBuilder.forServer(kmf).build();
            } catch (GeneralSecurityException | SSLException e) {
                throw new IllegalStateException("The broker's TLS key store " + keystore.path() + " cannot be used: " + e.getMessage(), e);
            }
        };
    }

    /** Which clients are signed in under which user name, so that withdrawing a credential can put them off. */
    private static final class Sessions extends AbstractInterceptHandler {
        final Map<String, Set<String>> byUser = new ConcurrentHashMap<>();

        @Override
        public String getID() {
            return "dcim-sessions";
        }

        @Override
        public void onConnect(InterceptConnectMessage msg) {
            if (msg.getUsername() != null) {
                byUser.computeIfAbsent(msg.getUsername(), u -> ConcurrentHashMap.newKeySet()).add(msg.getClientID());
            }
        }

        @Override
        public void onDisconnect(InterceptDisconnectMessage msg) {
            forget(msg.getUsername(), msg.getClientID());
        }

        @Override
        public void onConnectionLost(InterceptConnectionLostMessage msg) {
            forget(msg.getUsername(), msg.getClientID());
        }

        @Override
        public void onSessionLoopError(Throwable error) {
            LOG.warn("MQTT broker session loop error: {}", error.toString());
        }

        private void forget(String username, String clientId) {
            if (username != null) {
                byUser.computeIfPresent(username, (u, clients) -> {
                    clients.remove(clientId);
                    return clients.isEmpty() ? null : clients;
                });
            }
        }
    }

    /**
     * Reads the payload of the publications it wants. The broker hands each interceptor a copy of its own, which is
     * freed here whether it was wanted or not.
     */
    private abstract static class PublicationReader extends AbstractInterceptHandler {
        private final String id;
        private final String what;

        PublicationReader(String id, String what) {
            this.id = id;
            this.what = what;
        }

        abstract boolean wants(@Nullable String user, String topic);

        abstract void read(@Nullable String user, String topic, byte[] payload);

        @Override
        public String getID() {
            return id;
        }

        @Override
        public void onSessionLoopError(Throwable error) {
            // the sessions' handler logs it
        }

        @Override
        public void onPublish(InterceptPublishMessage msg) {
            try {
                if (wants(msg.getUsername(), msg.getTopicName())) {
                    var buf = msg.getPayload();
                    byte[] payload = new byte[buf.readableBytes()];
                    buf.getBytes(buf.readerIndex(), payload);
                    read(msg.getUsername(), msg.getTopicName(), payload);
                }
            } catch (RuntimeException e) {
                LOG.warn("A {} of {} on {} was not read: {}", what, msg.getUsername(), msg.getTopicName(), e.toString());
            } finally {
                msg.getPayload().release();
            }
        }
    }

    /**
     * Tells the device credentials each discovery message a device published: a Home
     * Assistant device's credential may then publish the state topics its own configs announced.
     */
    private static final class Announcements extends PublicationReader {
        private final Options options;
        private final Login login;

        Announcements(Options options, Login login) {
            super("dcim-announcements", "discovery message");
            this.options = options;
            this.login = login;
        }

        @Override
        boolean wants(@Nullable String user, String topic) {
            DeviceCredentials d = login.devices;
            return d != null && user != null && !user.equals(options.bridgeUser()) && d.announces(topic);
        }

        @Override
        void read(@Nullable String user, String topic, byte[] payload) {
            login.devices.published(user, topic, payload);
        }
    }

    /** Every publication on a topic the bridge does not hear, told to {@link UnheardTopics} once the product runs. */
    private static final class Unheard extends PublicationReader {
        volatile UnheardTopics topics;

        Unheard() {
            super("dcim-unheard-topics", "message to teach from");
        }

        @Override
        boolean wants(@Nullable String user, String topic) {
            UnheardTopics t = topics;
            return t != null && t.unheard(topic);
        }

        @Override
        void read(@Nullable String user, String topic, byte[] payload) {
            topics.published(topic, payload);
        }
    }

    /** The product's own credential, then the administrator's device credentials; every refusal counted. */
    private static final class Login implements IAuthenticator {
        private final Options options;
        private final BrokerRefusals refusals;
        /** The topic scope of each device user name signed in, read by {@link Permissions} at every message. */
        final Map<String, TopicScope> scopes = new ConcurrentHashMap<>();
        private volatile DeviceCredentials devices;

        Login(Options options, BrokerRefusals refusals) {
            this.options = options;
            this.refusals = refusals;
        }

        @Override
        public boolean checkValid(String clientId, String username, byte[] password) {
            if (username != null && password != null) {
                if (options.bridgeUser() != null && options.bridgePassword() != null && options.bridgeUser().equals(username)
                        && MessageDigest.isEqual(options.bridgePassword().getBytes(StandardCharsets.UTF_8), password)) {
                    return true;
                }
                DeviceCredentials d = devices;
                var scope = d == null ? java.util.Optional.<String>empty() : d.signIn(username, new String(password, StandardCharsets.UTF_8));
                if (scope.isPresent()) {
                    scopes.put(username, TopicScope.granted(scope.get()));
                    return true;
                }
            }
            refusals.refused(BrokerRefusals.Reason.credentials, "user " + username + ", client " + clientId);
            return false;
        }
    }

    /**
     * Each device credential publishes and subscribes inside its own topic scope only (Art. 25.3): a
     * stolen UPS password cannot speak for the door controller. The product's own client and the demo's
     * anonymous publishers (allowed only with the demo) are not limited.
     */
    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    private static final class Permissions implements IAuthorizatorPolicy {
        private final Options options;
        private final Login login;
        private final BrokerRefusals refusals;

        @Override
        public boolean canWrite(Topic topic, String user, String client) {
            return allowed(topic, user, client, "publish to");
        }

        @Override
        public boolean canRead(Topic topic, String user, String client) {
            return allowed(topic, user, client, "subscribe to");
        }

        private boolean allowed(Topic topic, String user, String client, String what) {
            if (user == null || user.equals(options.bridgeUser())) {
                return true;
            }
            TopicScope scope = login.scopes.get(user);
            if (scope != null && scope.covers(topic.toString())) {
                return true;
            }
            // a state topic the device's own discovery config announced (Home Assistant)
            DeviceCredentials devices = login.devices;
            if (scope != null && what.equals("publish to") && devices != null && devices.mayPublish(user, topic.toString())) {
                return true;
            }
            refusals.refused(BrokerRefusals.Reason.topic, "user " + user + ", client " + client + " may not " + what + " "
                    + topic + " (scope " + scope + ")");
            return false;
        }
    }

    private static int freeOr(int preferred, String what) {
        if (isFree(preferred)) {
            return preferred;
        }
        int port = freePort();
        LOG.warn("Port {} is taken; the embedded {} listener is on {} (set DCIM_MQTT_PORT to choose one: a busy chosen port stops the start)",
                preferred, what, port);
        return port;
    }

    private static int chosen(int port, boolean tls) {
        if (port != 0 && !isFree(port)) {
            throw new PortInUseException(port, tls);
        }
        return port == 0 ? freePort() : port;
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

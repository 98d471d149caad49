package vn.dcim.core.db;

import vn.dcim.core.io.Closing;
import vn.dcim.core.threads.NamedThreads;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * Whether the database answers, known at all times from a probe of its own: one connection outside the pool,
 * pinged every {@code dcim.database.probe-interval} with {@code dcim.database.probe-timeout} to connect and answer.
 * <p>
 * Why outside the pool: a pool that is merely busy (every connection lent out) is no outage, and a request
 * thread that asks the pool during an outage waits its connection timeout; the probe answers "unreachable"
 * within a second or two so that /health and every request can say so at once (503) instead of holding
 * their callers. The background writers (ingest, device log, latest values) keep their own retries and do not
 * ask this: they must lose nothing and resume by themselves.
 */
@Singleton
@Requires(property = "datasources.default.url")
// a remote collector has no database (and no pool in its slim jar)
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@Requires(classes = HikariDataSource.class)
public class DatabaseReachability {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseReachability.class);

    /**
     * What the probe found last, and since when; {@code server} is the database server that answered it (host and
     * port): on a cluster URL the node the product reaches now, which moves when a node stops.
     */
    public record State(boolean reachable, Instant since, @Nullable String reason, @Nullable String server) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration interval;
    private final Duration timeout;
    private final Object wake = new Object();
    private volatile State state;
    private volatile boolean running = true;
    private Thread prober;
    private Connection connection;

    DatabaseReachability(DataSource dataSource, Clock clock,
                         @Value("${dcim.database.probe-interval:1s}") Duration interval,
                         @Value("${dcim.database.probe-timeout:1s}") Duration timeout) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.interval = interval;
        this.timeout = timeout;
        // believed reachable until the first probe says otherwise: the start itself migrated the schema
        this.state = new State(true, clock.instant(), null, null);
    }

    @PostConstruct
    void start() {
        prober = NamedThreads.start("database-probe", this::probeLoop);
    }

    public State state() {
        return state;
    }

    public boolean reachable() {
        return state.reachable();
    }

    /**
     * Probes at once, on the caller's thread (at most twice the probe's timeout: see {@link #answerOnce()}): for a request whose database call
     * failed in a way that may be an outage just begun (a connection closed under it), before the next
     * scheduled probe would have told.
     */
    public State probeNow() {
        probe();
        return state;
    }

    private void probeLoop() {
        while (running) {
            probe();
            synchronized (wake) {
                try {
                    wake.wait(Math.max(50, interval.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        closeQuietly();
    }

    synchronized void probe() {
        try {
            String server = answerOnce();
            if (!state.reachable()) {
                LOG.info("The database answers again (unreachable for {} s, now {}): requests are served again",
                        Duration.between(state.since(), clock.instant()).toSeconds(), server);
                state = new State(true, clock.instant(), null, server);
            } else if (!java.util.Objects.equals(server, state.server())) {
                if (state.server() != null) {
                    LOG.info("The database answers from {} now (was {})", server, state.server());
                }
                state = new State(true, state.since(), null, server);
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            String reason = "database unreachable: " + firstLine(e.getMessage());
            if (state.reachable()) {
                LOG.warn("{}; requests are answered 503 until it answers again", reason);
                state = new State(false, clock.instant(), reason, null);
            } else if (!reason.equals(state.reason())) {
                state = new State(false, state.since(), reason, null);
            }
        }
    }

    /**
     * The server that answers, asked on the probe's connection and, should that fail, once more on a new one: one
     * late answer on a connection is not an outage (a loaded machine, a backup's burst can hold a ping past the
     * timeout, and every request would be refused for it), while a server that is gone fails a new connection as
     * well, at once or within the timeout again: "unreachable" is still known within two timeouts.
     */
    private String answerOnce() throws SQLException {
        boolean fresh = connection == null || connection.isClosed();
        try {
            if (fresh) {
                connection = open();
            }
            // asked every time, not once a connection: on a cluster URL the driver moves a connection whose node
            // stopped to another node by itself, and the node that answers is what the administrator needs to know
            return serverOf(connection);
        } catch (SQLException | RuntimeException e) {
            if (fresh) {
                throw e;
            }
            closeQuietly();
            connection = open();
            return serverOf(connection);
        }
    }

    /** The pool's own URL, user and driver settings, with short timeouts to connect and to wait for an answer. */
    private Connection open() throws SQLException {
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        if (!(raw instanceof HikariDataSource hikari) || hikari.getJdbcUrl() == null) {
            return raw.getConnection();
        }
        Properties props = new Properties();
        props.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
            props.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            props.setProperty("password", hikari.getPassword());
        }
        props.setProperty("connectTimeout", Long.toString(timeout.toMillis()));
        props.setProperty("socketTimeout", Long.toString(timeout.toMillis()));
        return DriverManager.getConnection(hikari.getJdbcUrl(), props);
    }

    /** The node that answers on this connection, within the probe's timeout: a cluster URL names several nodes. */
    private String serverOf(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.setQueryTimeout(timeoutSeconds());
            try (var rs = st.executeQuery("SELECT @@hostname, @@port")) {
                if (!rs.next()) {
                    throw new SQLException("no answer within " + timeout.toMillis() + " ms");
                }
                return rs.getString(1) + ":" + rs.getInt(2);
            }
        }
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    private static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "no answer";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private void closeQuietly() {
        // a connection that is already gone has nothing more to close
        Closing.quietly(connection);
        connection = null;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (prober != null) {
            prober.interrupt();
            prober.join(2_000);
        }
        closeQuietly();
    }
}

package vn.dcim.core.backup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.upgrade.UpgradeOrder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The backup an upgrade takes before it migrates. A database that already holds the product's schema and
 * lacks migrations this release brings is backed up first, and verified as {@code ./dcim backup} verifies
 * (two destinations, checksums, a test restore), so that the release before can be given its data back with
 * {@code ./dcim restore}. A new database (nothing applied yet) and a current one are left alone: there is
 * nothing to keep, or nothing will change. Without a verified backup the upgrade does not start, and a
 * database that a newer release has migrated is refused (going back is a restore of that upgrade's backup), as is an
 * upgrade while background migrations of the release before are unfinished ({@link UpgradeOrder}).
 */
public final class UpgradeBackup {
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeBackup.class);
    /** Where the product's migrations are (web's application.yml, flyway.datasources.default.locations). */
    static final String MIGRATIONS = "classpath:db/migration";

    /** What starting this release on the database would do: migrate it from one version to another. */
    public record Upgrade(String from, String to, int migrations) { }

    private final MariaDbServer server;
    private final String jdbcUrl;
    private final DatabaseBackup backup;
    /** Reads, with each look at the schema's version, the background migrations still unfinished. */
    private final UpgradeOrder order = new UpgradeOrder();

    public UpgradeBackup(MariaDbServer server, BackupSettings settings, KeyDirectory keys) {
        this(server, server.jdbcUrl(server.database()), settings, keys);
    }

    /**
     * @param jdbcUrl the URL the product connects with, read as it is: a cluster's hosts and the driver's options
     *                (TLS, time-outs) hold for reading the schema's version too
     */
    public UpgradeBackup(MariaDbServer server, String jdbcUrl, BackupSettings settings, KeyDirectory keys) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.backup = new DatabaseBackup(server, settings, keys);
    }

    /** The database this upgrade is about. */
    public MariaDbServer server() {
        return server;
    }

    /** The migrations this release would apply; empty for a new database and for one at this release's schema. */
    public Optional<Upgrade> pending() {
        MigrationInfoService info = info();
        MigrationInfo[] pending = info.pending();
        if (info.applied().length == 0 || pending.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new Upgrade(info.current().getVersion().getVersion(),
                pending[pending.length - 1].getVersion().getVersion(), pending.length));
    }

    /**
     * Backs the database up when this release would migrate it, before anything is migrated.
     *
     * @throws Refused with one line for the operator when the backup could not be made or not be verified,
     *                 or when a newer release has migrated the database
     */
    public Optional<BackupResult> beforeMigrating(Instant now) {
        refuseNewerSchema();
        Optional<Upgrade> upgrade = pending();
        if (upgrade.isEmpty()) {
            return Optional.empty();
        }
        Upgrade u = upgrade.get();
        if (!order.unfinished().isEmpty()) {
            // before the backup: the release before has to finish them first, and then backs up again anyway
            throw new Refused(UpgradeOrder.refusal(order.unfinished()));
        }
        LOG.info("Upgrading the database from V{} to V{} ({} migrations): backing it up first", u.from(), u.to(), u.migrations());
        BackupResult result;
        try {
            result = backup.backup(now);
        } catch (IOException | RuntimeException e) {
            throw Refused.backupNotMade("the backup before upgrading the database from V" + u.from() + " to V" + u.to()
                    + " failed, nothing was migrated: " + e.getMessage());
        }
        if (!result.ok()) {
            throw Refused.backupNotMade("the backup before upgrading the database from V" + u.from() + " to V" + u.to()
                    + " is not verified, nothing was migrated: " + result.message());
        }
        LOG.info("Backup before the upgrade: {}. To go back to the release before: stop, ./dcim restore {}, then start the release before",
                result.copies().stream().map(Path::toString).collect(Collectors.joining(" and ")), result.copies().get(0));
        return Optional.of(result);
    }

    /**
     * A release started on a database that a newer one migrated would run on tables it was not made for
     * (Flyway by itself only skips the migrations it does not know): the way back is the backup that
     * upgrade took.
     */
    private void refuseNewerSchema() {
        MigrationInfoService info = info();
        String newer = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion())
                .reduce((first, last) -> last)
                .orElse(null);
        if (newer != null) {
            String known = Arrays.stream(info.all()).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .map(m -> m.getVersion().getVersion()).reduce((first, last) -> last).orElse("?");
            throw new Refused("the database was migrated by a newer release (to V" + newer + "), this release knows V" + known
                    + " at most and would run on tables it was not made for: start the newer release, or restore the backup"
                    + " that its upgrade took, with its ./dcim restore (README, Upgrading)");
        }
    }

    private MigrationInfoService info() {
        try {
            return Flyway.configure()
                    .dataSource(jdbcUrl, server.user(), server.password())
                    .locations(MIGRATIONS)
                    .callbacks(order)
                    .load()
                    .info();
        } catch (FlywayException e) {
            throw new Refused("the database's schema version could not be read, nothing was migrated: " + e.getMessage(), e);
        }
    }

    /** The start may not go on: the backup could not be made, or the database is a newer release's. One line for the operator. */
    public static final class Refused extends RuntimeException {
        private final boolean backupFailed;

        Refused(String message) {
            this(message, false);
        }

        /** A refusal for a reason underneath (the database could not be reached), kept as the cause. */
        Refused(String message, Throwable cause) {
            this(message, false);
            initCause(cause);
        }

        private Refused(String message, boolean backupFailed) {
            super(message.replaceAll("\\s*\\R\\s*", " "));
            this.backupFailed = backupFailed;
        }

        static Refused backupNotMade(String message) {
            return new Refused(message, true);
        }

        /** The backup could not be made or verified (rather than a schema that may not be migrated). */
        public boolean backupFailed() {
            return backupFailed;
        }

        /** The same refusal with what the operator can do about it, in brackets. */
        public Refused withHint(String hint) {
            Refused hinted = new Refused(getMessage() + " (" + hint + ")", backupFailed);
            if (getCause() != null) {
                hinted.initCause(getCause());
            }
            return hinted;
        }
    }
}

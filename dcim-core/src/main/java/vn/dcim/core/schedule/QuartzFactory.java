package vn.dcim.core.schedule;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

/**
 * Quartz with the clustered JDBC job store on the product's own MariaDB: every instance of the
 * product shares the schedules and a duty fires on one instance only.
 */
@Factory
class QuartzFactory {
    static final String SCHEDULER_NAME = "dcim";
    /**
     * How the job store takes its cluster lock: by changing the lock row, not only by locking it. On one
     * server this is the same row lock as Quartz's default SELECT ... FOR UPDATE. On MariaDB Galera a lock
     * that changes nothing is node-local and never conflicts, so schedulers on two nodes would both hold
     * it; a changed row is certified, and the second holder's commit fails (1213) and is retried by
     * Quartz (docs/deploy/galera.md "Quartz", V119).
     */
    static final String LOCK_ROW_SQL = "UPDATE {0}LOCKS SET LOCK_COUNT = LOCK_COUNT + 1 WHERE SCHED_NAME = {1} AND LOCK_NAME = ?";

    @Singleton
    Scheduler scheduler(DataSource dataSource, SchedulerSettings settings, BeanContext beans) throws SchedulerException {
        // the one place that takes raw pooled connections instead of vn.dcim.core.db.Jdbc: Quartz's job
        // store commits and rolls back its own transactions and must never join one of the product's
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        // a name per context, so that two contexts in one JVM never share a connection provider
        String dsName = "dcim-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dsName, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return raw.getConnection();
            }

            @Override
            public void shutdown() {
                // the pool belongs to Micronaut
            }

            @Override
            public void initialize() {
                // the pool is already up
            }
        });
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dsName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(settings.clusterCheckinMs()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(settings.misfireThresholdMs()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.lockHandler.class", "org.quartz.impl.jdbcjobstore.UpdateLockRowSemaphore");
        p.setProperty("org.quartz.jobStore.lockHandler.updateLockRowSQL", LOCK_ROW_SQL);
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        scheduler.setJobFactory((bundle, s) -> beans.createBean(bundle.getJobDetail().getJobClass()));
        return scheduler;
    }
}

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
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.getThreads()));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dsName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(settings.getClusterCheckinMs()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(settings.getMisfireThresholdMs()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        scheduler.setJobFactory((bundle, s) -> beans.createBean(bundle.getJobDetail().getJobClass()));
        return scheduler;
    }
}

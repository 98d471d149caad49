package vn.dcim.core.telemetry;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import vn.dcim.core.schedule.Duty;
import vn.dcim.core.schedule.DutyOutcome;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Art. 30.7a: monitoring data is kept at least six months. Purges readings older than the
 * configured retention, which can never be set below 183 days, in small chunks so that the
 * collectors keep writing meanwhile.
 */
@Singleton
public class ReadingRetentionDuty implements Duty {
    static final int MINIMUM_DAYS = 183;
    private static final int CHUNK = 10_000;

    private final DataSource dataSource;
    private final int configuredDays;

    ReadingRetentionDuty(DataSource dataSource, @Value("${dcim.retention.readings-days:400}") int configuredDays) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.configuredDays = configuredDays;
    }

    @Override
    public String id() {
        return "reading-retention";
    }

    @Override
    public String description() {
        return "Art. 30.7a: keep monitoring data at least 6 months (here " + effectiveDays() + " days), purge older readings";
    }

    @Override
    public String defaultCron() {
        return "0 15 3 * * ?";
    }

    int effectiveDays() {
        return Math.max(MINIMUM_DAYS, configuredDays);
    }

    @Override
    public DutyOutcome run(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(effectiveDays()));
        long deleted = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM reading WHERE ts < ? LIMIT " + CHUNK)) {
            c.setAutoCommit(true);
            ps.setTimestamp(1, Timestamp.from(cutoff));
            int n;
            do {
                n = ps.executeUpdate();
                deleted += n;
            } while (n == CHUNK);
        } catch (SQLException e) {
            return DutyOutcome.failed("Purge stopped after " + deleted + " readings: " + e.getMessage());
        }
        String message = "Purged " + deleted + " readings older than " + cutoff + " (" + effectiveDays() + " days)";
        return configuredDays < MINIMUM_DAYS
                ? DutyOutcome.warning(message + "; configured " + configuredDays + " days is below the 6 months of Art. 30.7a and was raised")
                : DutyOutcome.ok(message);
    }
}

package vn.dcim.core.telemetry;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.schedule.Duty;
import vn.dcim.core.schedule.DutyOutcome;

import java.sql.PreparedStatement;
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

    private final Jdbc jdbc;
    private final int configuredDays;

    ReadingRetentionDuty(Jdbc jdbc, @Value("${dcim.retention.readings-days:400}") int configuredDays) {
        this.jdbc = jdbc;
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
        long[] deleted = {0};
        try {
            // outside a transaction each chunk commits by itself: a long purge holds no locks for long
            jdbc.call("purge readings", c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM reading WHERE ts < ? LIMIT " + CHUNK)) {
                    ps.setTimestamp(1, Timestamp.from(cutoff));
                    int n;
                    do {
                        n = ps.executeUpdate();
                        deleted[0] += n;
                    } while (n == CHUNK);
                    return null;
                }
            });
        } catch (RuntimeException e) {
            return DutyOutcome.failed("Purge stopped after " + deleted[0] + " readings: " + e.getMessage());
        }
        String message = "Purged " + deleted[0] + " readings older than " + cutoff + " (" + effectiveDays() + " days)";
        return configuredDays < MINIMUM_DAYS
                ? DutyOutcome.warning(message + "; configured " + configuredDays + " days is below the 6 months of Art. 30.7a and was raised")
                : DutyOutcome.ok(message);
    }
}

package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.schedule.Duty;
import vn.dcim.core.schedule.DutyOutcome;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 21.1e: renew in time. Every day, equipment whose warranty ends within the window raises a
 * warning alarm on that asset, one already expired a minor one; a renewed warranty (a later date)
 * clears it. Licences of software assets are checked by the licence feature's own rows when present.
 */
@Singleton
class ExpiryWarningDuty implements Duty {
    static final String EXPIRING = "warranty-expiring";
    static final String EXPIRED = "warranty-expired";

    private final DataSource dataSource;
    private final AlarmUpdates alarms;
    private final Clock clock;
    private final int windowDays;

    ExpiryWarningDuty(DataSource dataSource, AlarmUpdates alarms, Clock clock,
                      @Value("${dcim.registry.expiry-window-days:90}") int windowDays) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.alarms = alarms;
        this.clock = clock;
        this.windowDays = Math.max(1, windowDays);
    }

    @Override
    public String id() {
        return "expiry-warnings";
    }

    @Override
    public String description() {
        return "Art. 21.1e: warn of warranties ending within " + windowDays + " days, and of those already ended";
    }

    @Override
    public String defaultCron() {
        return "0 30 7 * * ?";
    }

    @Override
    public DutyOutcome run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<String> expiring = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, label_code, name, warranty_end FROM asset "
                     + "WHERE warranty_end IS NOT NULL AND status NOT IN ('disposed', 'awaiting_disposal')");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String source = "asset-" + rs.getLong(1);
                String what = (rs.getString(2) == null ? "" : rs.getString(2) + " ") + rs.getString(3);
                LocalDate end = rs.getObject(4, LocalDate.class);
                boolean isExpired = end.isBefore(today);
                boolean isExpiring = !isExpired && !end.isAfter(today.plusDays(windowDays));
                alarms.set(source, EXPIRED, "0", Severity.minor, "Art. 21.1e",
                        isExpired ? "Art. 21.1e: warranty of " + what + " ended " + end : null);
                alarms.set(source, EXPIRING, "0", Severity.warning, "Art. 21.1e",
                        isExpiring ? "Art. 21.1e: warranty of " + what + " ends " + end + ", renew it" : null);
                if (isExpired) {
                    expired.add(what + " (" + end + ")");
                } else if (isExpiring) {
                    expiring.add(what + " (" + end + ")");
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read warranties: " + e.getMessage(), e);
        }
        if (expiring.isEmpty() && expired.isEmpty()) {
            return DutyOutcome.ok("No warranty ends within " + windowDays + " days");
        }
        return DutyOutcome.warning(expiring.size() + " warranty(ies) ending soon: " + String.join(", ", expiring)
                + (expired.isEmpty() ? "" : "; " + expired.size() + " ended: " + String.join(", ", expired)));
    }
}

package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.asset.RegistrySettings;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;

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
 * clears it. Licences of software assets are checked the same way.
 */
@Singleton
class ExpiryWarningDuty extends RegulationDuty {
    static final String EXPIRING = "warranty-expiring";
    static final String EXPIRED = "warranty-expired";
    static final String LICENCE_EXPIRING = "licence-expiring";
    static final String LICENCE_EXPIRED = "licence-expired";
    private static final String WARRANTIES = "SELECT CONCAT('asset-', id), CONCAT_WS(' ', label_code, name), warranty_end FROM asset "
            + "WHERE warranty_end IS NOT NULL AND status NOT IN ('disposed', 'awaiting_disposal')";
    private static final String LICENCES = "SELECT CONCAT('software-', id), CONCAT_WS(' ', name, version), licence_expiry "
            + "FROM software_asset WHERE licence_expiry IS NOT NULL";

    private final Jdbc jdbc;
    private final AlarmUpdates alarms;
    private final Clock clock;
    private final int windowDays;

    // the registry's window, as its findings and screens use it
    ExpiryWarningDuty(Jdbc jdbc, AlarmUpdates alarms, Clock clock, RegistrySettings registry) {
        super("expiry-warnings",
                "Art. 21.1e: warn of warranties and software licences ending within " + registry.getExpiryWindowDays() + " days, and of those already ended",
                "0 30 7 * * ?");
        this.jdbc = jdbc;
        this.alarms = alarms;
        this.clock = clock;
        this.windowDays = registry.getExpiryWindowDays();
    }

    @Override
    public DutyOutcome run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<String> expiring = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        jdbc.call("read warranties and licences", c -> {
            check(c, WARRANTIES, "warranty", EXPIRING, EXPIRED, today, expiring, expired);
            check(c, LICENCES, "licence", LICENCE_EXPIRING, LICENCE_EXPIRED, today, expiring, expired);
            return null;
        });
        if (expiring.isEmpty() && expired.isEmpty()) {
            return DutyOutcome.ok(Phrase.of("duty.outcome.expiry.none", "No warranty or licence ends within {0} days", windowDays));
        }
        return DutyOutcome.warning(expiring.size() + " ending soon: " + String.join(", ", expiring)
                + (expired.isEmpty() ? "" : "; " + expired.size() + " ended: " + String.join(", ", expired)));
    }

    private void check(Connection c, String sql, String what, String expiringRule, String expiredRule, LocalDate today,
                       List<String> expiring, List<String> expired) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String source = rs.getString(1);
                String name = rs.getString(2);
                LocalDate end = rs.getObject(3, LocalDate.class);
                boolean isExpired = end.isBefore(today);
                boolean isExpiring = !isExpired && !end.isAfter(today.plusDays(windowDays));
                alarms.tell(source, expiredRule, "0", Severity.minor, "Art. 21.1e", isExpired
                        ? Phrase.of("alarm.text.expiry.ended", "Art. 21.1e: {0} of {1} ended {2}", "enum.expiry." + what, name, end) : null);
                alarms.tell(source, expiringRule, "0", Severity.warning, "Art. 21.1e", isExpiring
                        ? Phrase.of("alarm.text.expiry.ending", "Art. 21.1e: {0} of {1} ends {2}, renew it", "enum.expiry." + what, name, end) : null);
                if (isExpired) {
                    expired.add(what + " " + name + " (" + end + ")");
                } else if (isExpiring) {
                    expiring.add(what + " " + name + " (" + end + ")");
                }
            }
        }
    }
}

package vn.dcim.core.report;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.ComplianceStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Art. 7.2: the report of the last full quarter has been written (by the duty or by hand through the duty). */
@Singleton
class ReportCheck implements ComplianceCheck {
    private final Path folder;
    private final Clock clock;

    ReportCheck(Clock clock, @Value("${dcim.data-dir:data}") String dataDir) {
        this.clock = clock;
        this.folder = Path.of(dataDir).toAbsolutePath().resolve("reports");
    }

    @Override
    public ComplianceStatus check(Instant now) {
        LocalDate last = LocalDate.ofInstant(now, clock.getZone());
        last = last.withDayOfMonth(1).withMonth(((last.getMonthValue() - 1) / 3) * 3 + 1).minusDays(1);
        String quarter = last.getYear() + "-Q" + ((last.getMonthValue() - 1) / 3 + 1);
        Path file = folder.resolve("bao-cao-thiet-bi-" + quarter + ".xlsx");
        return ComplianceStatus.of("Art. 7.2", "Quarterly and yearly report of equipment management and use to the management body",
                Files.exists(file), Files.exists(file) ? "report " + quarter + " written: " + file
                        : "no report for " + quarter + " yet (run the duty equipment-reports)");
    }
}

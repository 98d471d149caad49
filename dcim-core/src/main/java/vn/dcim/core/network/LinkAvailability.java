package vn.dcim.core.network;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The monthly availability report per ISP link: share of checks that found the link up. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LinkAvailability {
    private final IspLinkRepository links;
    private final IspLinkCheckRepository checks;
    // a month is the center's month (DCIM_TIME_ZONE)
    private final Clock clock;

    @Serdeable
    public record Row(long linkId, String provider, String circuitId, long checks, long up, Double availabilityPct) {
    }

    public List<Row> month(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return java.util.stream.StreamSupport.stream(links.findAll().spliterator(), false).map(l -> {
            long total = checks.countByLinkIdAndTsGreaterThanEqualsAndTsLessThan(l.id(), from, to);
            long up = checks.countUp(l.id(), from, to);
            return new Row(l.id(), l.provider(), l.circuitId(), total, up, total == 0 ? null : 100.0 * up / total);
        }).toList();
    }
}

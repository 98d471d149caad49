package vn.dcim.core.shift;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.CheckKey;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static vn.dcim.core.compliance.Said.said;

/**
 * QĐ 11/2023 Art. 12.1i: the operation log (nhật ký vận hành hệ thống) is a record the center keeps. Judged from
 * the handovers themselves: each of the last {@code operation-log-days} days of the center (the profile's number)
 * has an accepted handover whose shift ended on it; a day without one is a gap in the log.
 */
@Singleton
@CheckKey("operation-log-kept")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OperationLogCheck implements ComplianceCheck {
    static final Evidence LOG = Evidence.link("compliance.ev.operation-log", "operation log", "/ui/operation-log");

    private final Handovers handovers;
    private final Clock clock;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int days = Math.max(1, profile.whole("operation-log-days"));
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(days - 1L);
        List<Handover> log = handovers.acceptedBetween(first.atStartOfDay(zone).toInstant(), now);
        if (log.isEmpty()) {
            return Judgement.noData(said("compliance.s.operation-log.none", "no handover was accepted in the last {0} day(s) ({1})",
                    days, profile.citation("operation-log-days")), LOG);
        }
        Set<LocalDate> covered = log.stream().map(h -> LocalDate.ofInstant(h.shiftEnd(), zone)).collect(Collectors.toCollection(TreeSet::new));
        List<LocalDate> gaps = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            if (!covered.contains(d)) {
                gaps.add(d);
            }
        }
        return Judgement.of(gaps.isEmpty(), gaps.isEmpty()
                ? said("compliance.s.operation-log.ok", "{0} handover(s) accepted, one or more on each of the last {1} day(s)", log.size(), days)
                : said("compliance.s.operation-log.gaps", "no accepted handover on {0} of the last {1} day(s): {2}", gaps.size(), days,
                gaps.stream().map(d -> String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())).collect(Collectors.joining(", "))),
                LOG);
    }
}

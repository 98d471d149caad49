package vn.dcim.core.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep, by age rather than by count (sixteen backups made by hand in a
 * few minutes rotated every earlier one away). Everything of the last {@code allDays} days is kept;
 * older than that, the newest backup of each of the last {@code daily} days, of each of the last
 * {@code weekly} ISO weeks and of each of the last {@code monthly} months. Days, weeks and months are
 * the centre's, as the operator who set them counts: the night's backup at 01:00 in Hà Nội belongs to
 * that day, not to yesterday in UTC (the file names keep UTC, which says nothing of the day). A burst of backups therefore only ever adds: what it can
 * push out is at most older backups of its own day.
 */
public record BackupRetention(int allDays, int daily, int weekly, int monthly, ZoneId centreZone) {

    public BackupRetention {
        if (allDays < 1 || daily < 0 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("backup retention: keep-all-days must be at least 1, the others at least 0");
        }
    }

    /** The backups (taken at the given instants) to delete at {@code now}. */
    public <T> List<T> toDelete(List<T> backups, Function<T, Instant> takenAt, Instant now) {
        List<T> newestFirst = backups.stream().sorted(Comparator.comparing(takenAt).reversed()).toList();
        LocalDate today = day(now);
        Set<Object> daysSeen = new HashSet<>();
        Set<Object> weeksSeen = new HashSet<>();
        Set<Object> monthsSeen = new HashSet<>();
        Set<T> keep = new HashSet<>();
        for (T b : newestFirst) {
            LocalDate d = day(takenAt.apply(b));
            if (ChronoUnit.DAYS.between(d, today) < allDays) {
                keep.add(b);
            }
            if (ChronoUnit.DAYS.between(d, today) < daily && daysSeen.add(d)) {
                keep.add(b);
            }
            LocalDate monday = d.minusDays(d.getDayOfWeek().getValue() - 1L);
            LocalDate thisMonday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
            if (ChronoUnit.WEEKS.between(monday, thisMonday) < weekly
                    && weeksSeen.add(d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))) {
                keep.add(b);
            }
            if (ChronoUnit.MONTHS.between(d.withDayOfMonth(1), today.withDayOfMonth(1)) < monthly && monthsSeen.add(d.withDayOfMonth(1))) {
                keep.add(b);
            }
        }
        // the newest backup always stays, however old: it may be the only restore point there is
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }

    private LocalDate day(Instant t) {
        return t.atZone(centreZone).toLocalDate();
    }
}

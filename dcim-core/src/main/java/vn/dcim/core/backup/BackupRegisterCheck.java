package vn.dcim.core.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What is wrong with a data set's backups at a given time: its last verified copy is older than its
 * frequency (Art. 11.4; Art. 8.1 (000): at least monthly for important data), or its verified copies
 * sit in fewer distinct locations than required (Art. 11.3: at least two).
 */
public final class BackupRegisterCheck {
    static final int MONTH_DAYS = 31;

    private BackupRegisterCheck() {
    }

    public static List<String> problems(BackupDataset dataset, List<BackupCopy> copies, Instant now) {
        List<String> problems = new ArrayList<>();
        int frequency = dataset.important() ? Math.min(dataset.frequencyDays(), MONTH_DAYS) : dataset.frequencyDays();
        Instant lastVerified = copies.stream().filter(BackupCopy::verified).map(BackupCopy::takenAt)
                .max(Instant::compareTo).orElse(null);
        if (lastVerified == null) {
            problems.add("Art. 11.4: no verified backup of " + dataset.name());
        } else if (Duration.between(lastVerified, now).compareTo(Duration.ofDays(frequency)) > 0) {
            problems.add("Art. 11.4" + (dataset.important() ? ", Art. 8.1 (000)" : "") + ": last verified backup of "
                    + dataset.name() + " is " + Duration.between(lastVerified, now).toDays() + " days old, more than "
                    + frequency);
        }
        // the newest generation of copies (within one backup interval of the newest) must sit in enough places
        Instant window = lastVerified == null ? now : lastVerified.minus(Duration.ofDays(Math.max(frequency, 1)));
        long locations = copies.stream().filter(BackupCopy::verified).filter(c -> !c.takenAt().isBefore(window))
                .map(BackupCopy::location).filter(Objects::nonNull).map(String::trim).map(String::toLowerCase)
                .distinct().count();
        int required = Math.max(2, dataset.requiredCopies());
        if (locations < required) {
            problems.add("Art. 11.3: " + dataset.name() + " has verified copies in " + locations + " location(s), needs " + required);
        }
        return problems;
    }
}

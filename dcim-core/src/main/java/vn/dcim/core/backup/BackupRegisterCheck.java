package vn.dcim.core.backup;

import vn.dcim.core.text.Phrase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What is wrong with a data set's backups at a given time: its last verified copy is older than its
 * frequency (QĐ 11/2023 Art. 11.4; QĐ 22/2021 Art. 8.1: at least monthly for important data), or its verified copies
 * sit in fewer distinct locations than required (Art. 11.3: at least two).
 */
public final class BackupRegisterCheck {
    static final int MONTH_DAYS = 31;
    static final String LOCATIONS = "alarm.text.backup.locations";

    private BackupRegisterCheck() {
    }

    public static List<String> problems(BackupDataset dataset, List<BackupCopy> copies, Instant now) {
        return said(dataset, copies, now).stream().map(Phrase::english).toList();
    }

    /** The problems as message keys with arguments, for alarms the console tells in the reader's language. */
    public static List<Phrase> said(BackupDataset dataset, List<BackupCopy> copies, Instant now) {
        List<Phrase> problems = new ArrayList<>();
        int frequency = dataset.important() ? Math.min(dataset.frequencyDays(), MONTH_DAYS) : dataset.frequencyDays();
        Instant lastVerified = copies.stream().filter(BackupCopy::verified).map(BackupCopy::takenAt)
                .max(Instant::compareTo).orElse(null);
        if (lastVerified == null) {
            problems.add(Phrase.of("alarm.text.backup.none-verified", "Art. 11.4: no verified backup of {0}", dataset.name()));
        } else if (Duration.between(lastVerified, now).compareTo(Duration.ofDays(frequency)) > 0) {
            long days = Duration.between(lastVerified, now).toDays();
            problems.add(dataset.important()
                    ? Phrase.of("alarm.text.backup.too-old.important",
                            "QĐ 11/2023 Art. 11.4, QĐ 22/2021 Art. 8.1: last verified backup of {0} is {1} days old, more than {2}", dataset.name(), days, frequency)
                    : Phrase.of("alarm.text.backup.too-old", "Art. 11.4: last verified backup of {0} is {1} days old, more than {2}",
                            dataset.name(), days, frequency));
        }
        // the newest generation of copies (within one backup interval of the newest) must sit in enough places
        Instant window = lastVerified == null ? now : lastVerified.minus(Duration.ofDays(Math.max(frequency, 1)));
        long locations = copies.stream().filter(BackupCopy::verified).filter(c -> !c.takenAt().isBefore(window))
                .map(BackupCopy::location).filter(Objects::nonNull).map(String::trim).map(String::toLowerCase)
                .distinct().count();
        int required = Math.max(2, dataset.requiredCopies());
        if (locations < required) {
            problems.add(Phrase.of(LOCATIONS, "Art. 11.3: {0} has verified copies in {1} location(s), needs {2}",
                    dataset.name(), locations, required));
        }
        return problems;
    }
}

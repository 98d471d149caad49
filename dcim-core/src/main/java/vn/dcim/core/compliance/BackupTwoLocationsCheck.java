package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.backup.BackupRegister;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.dcim.core.compliance.Said.said;

/**
 * Art. 11.3 (QĐ 22/2021 Art. 8.1): backups are kept in at least two places. Judged on the copies of the last
 * successful backup as they lie on disk now, not on DCIM_BACKUP_SEPARATE_DEVICES: each copy must still exist,
 * and at least two of them must sit on different devices (the file system's device number, so that two mount
 * points of one disk, a bind mount or two folders of one volume count as one place). A run recorded on the
 * same device stays non-compliant whatever the disk says now.
 */
@Singleton
@CheckKey("backup-two-locations")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BackupTwoLocationsCheck implements ComplianceCheck {
    private final BackupRegister register;

    record Run(long id, Instant at, List<String> copies, boolean sameDevice) {
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Run last = register.lastSucceeded().map(r -> new Run(r.id(), r.takenAt(), copies(r.copies()), r.sameDevice())).orElse(null);
        if (last == null) {
            return Judgement.noData(said("compliance.s.backup.none-ok", "no successful backup of the DCIM database yet"),
                    BackupCheck.runLink());
        }
        Evidence run = Evidence.link("compliance.ev.backup-run", "backup run #{0}", "/ui/compliance/records/backups#backup-" + last.id(), last.id());
        if (last.sameDevice()) {
            return Judgement.nonCompliant(said("compliance.s.backup-two-locations.bad", "last backup {0}: both copies on the same device", last.at()), run);
        }
        List<String> missing = new ArrayList<>();
        Map<String, String> deviceOf = new LinkedHashMap<>();
        for (String copy : last.copies()) {
            String device = device(copy);
            if (device == null) {
                missing.add(copy);
            } else {
                deviceOf.put(copy, device);
            }
        }
        if (!missing.isEmpty()) {
            return Judgement.nonCompliant(said("compliance.s.backup-two-locations.missing", "last backup {0}: copy no longer found: {1}", last.at(),
                    CheckText.list(missing)), run);
        }
        long devices = deviceOf.values().stream().distinct().count();
        if (devices < 2) {
            return Judgement.nonCompliant(said("compliance.s.backup-two-locations.one-device",
                    "last backup {0}: its {1} copies lie on one file system (device {2}): {3}", last.at(), last.copies().size(),
                    deviceOf.values().stream().findFirst().orElse("-"), CheckText.list(last.copies())), run);
        }
        return Judgement.compliant(said("compliance.s.backup-two-locations.devices", "last backup {0}: copies on {1} separate file systems: {2}",
                last.at(), devices, CheckText.list(last.copies())), run);
    }

    private static List<String> copies(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The device number of the file system holding the copy (its store's name where there is none); null when the copy is gone. */
    static String device(String copy) {
        try {
            Path path = Path.of(copy);
            if (!Files.exists(path)) {
                return null;
            }
            try {
                return String.valueOf(Files.getAttribute(path, "unix:dev"));
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                return Files.getFileStore(path).name();
            }
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }
}

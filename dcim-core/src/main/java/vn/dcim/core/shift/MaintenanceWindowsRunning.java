package vn.dcim.core.shift;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DeviceNames;
import vn.dcim.core.suppression.MaintenanceWindow;
import vn.dcim.core.suppression.MaintenanceWindowService;
import vn.dcim.core.suppression.TargetKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The maintenance windows open at a moment (alarms of their targets are recorded suppressed, Art. 14.4), a
 * device's window naming its equipment as people call it.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MaintenanceWindowsRunning implements MaintenanceRunning {
    private static final int MOST = 200;

    private final MaintenanceWindowService windows;
    private final DeviceNames equipment;

    @Override
    public List<HandoverItem> runningAt(Instant at) {
        return windows.spanning(at, MOST).stream().map(this::line).toList();
    }

    private HandoverItem line(MaintenanceWindow w) {
        String target = w.targetKind() == TargetKind.device ? equipment.of(w.targetId()) : w.targetId();
        String reason = w.reason();
        List<String> args = new ArrayList<>(List.of(target));
        if (reason != null) {
            args.add(reason);
        }
        return new HandoverItem(w.startsAt(), "maintenance-window", "window " + w.id(),
                target + (reason == null ? "" : ": " + reason), reason == null ? "handover.line.window" : "handover.line.window.reason", args);
    }
}

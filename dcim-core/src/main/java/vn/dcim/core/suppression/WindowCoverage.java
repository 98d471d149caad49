package vn.dcim.core.suppression;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.MaintenanceWindows;
import vn.dcim.core.maintenance.OrdersOnEquipment;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 14.4: a device is under maintenance inside an occurrence of a window on it or on anything
 * it hangs on (rack, room, site, the power-chain elements above it), or while a work order on its asset is
 * in progress.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WindowCoverage implements MaintenanceWindows {
    private final MaintenanceWindowRepository windows;
    private final DeviceScope scope;
    private final OrdersOnEquipment work;
    private final Clock clock;

    @Override
    public Optional<Cover> covering(String deviceId, Instant at) {
        Set<String> targets = scope.targetsOf(deviceId);
        Optional<MaintenanceWindow> window = windows.onTargets(targets, at, at.plusMillis(1)).stream()
                .filter(w -> Recurrences.covering(w, at, clock.getZone()).isPresent())
                .min(Comparator.comparing(MaintenanceWindow::id));
        if (window.isPresent()) {
            MaintenanceWindow w = window.get();
            return Optional.of(new Cover(w.id(), "maintenance window #" + w.id() + (w.reason() == null ? "" : ": " + w.reason())));
        }
        // Art. 14.4: a work order in progress on the equipment is maintenance too
        return work.onEquipmentOf(deviceId, at)
                .map(id -> new Cover(null, "work order #" + id + " in progress"));
    }

    @Override
    public long open(String targetId, Instant startsAt, Instant endsAt, String reason) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A maintenance window must end after it starts");
        }
        return windows.save(new MaintenanceWindow(null, TargetKind.device, targetId, startsAt, endsAt, null, null, reason, null,
                clock.instant(), null)).id();
    }
}

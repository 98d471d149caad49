package vn.dcim.core.suppression;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeRepository;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.site.SiteRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Maintenance windows of their own (Art. 14.4): a supervisor puts one on a device, rack, room,
 * site or power-chain element, once or recurring, with a reason; ends it early or cancels it. Every change
 * is audited. Alarms inside an occurrence are recorded suppressed, naming the window ({@link WindowCoverage}).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MaintenanceWindowService {
    /** A single occurrence longer than this is a mistake rather than maintenance. */
    static final Duration LONGEST = Duration.ofDays(31);
    /** The calendar and the device page ask for at most this span at once. */
    static final Duration WIDEST_QUESTION = Duration.ofDays(366);

    private final MaintenanceWindowRepository windows;
    private final DeviceScope scope;
    private final MonitoredDevices devices;
    private final PowerNodeRepository powerNodes;
    private final SiteRepository sites;
    private final RackRepository racks;
    private final RoomRepository rooms;
    private final AuditLog audit;
    private final Clock clock;

    public MaintenanceWindow create(WindowRequest r, String actor) {
        if (r.targetKind() == null || r.targetId() == null || r.targetId().isBlank()) {
            throw new InvalidInputException("target", "name one of device, rack, room, site or powerNode with its id")
                    .explained("error.window.target");
        }
        if (!exists(r.targetKind(), r.targetId())) {
            throw new InvalidInputException("target", "no " + r.targetKind().apiName() + " " + r.targetId())
                    .explained("error.window.target-unknown", r.targetKind().apiName(), r.targetId());
        }
        if (r.startsAt() == null) {
            throw new InvalidInputException("startsAt", "startsAt is required").explained("error.window.starts-at");
        }
        if (r.endsAt() == null || !r.endsAt().isAfter(r.startsAt())) {
            throw new InvalidInputException("endsAt", "endsAt must be after startsAt").explained("error.window.ends-at");
        }
        if (Duration.between(r.startsAt(), r.endsAt()).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("endsAt", "an occurrence lasts at most 31 days").explained("error.window.too-long", 31);
        }
        String rrule = r.rrule() == null || r.rrule().isBlank() ? null : r.rrule().strip();
        if (rrule != null) {
            Optional<String> problem = rrule.length() > 500 ? Optional.of("longer than 500 characters") : Recurrences.problem(rrule);
            if (problem.isPresent()) {
                throw new InvalidInputException("rrule", "not a usable RFC 5545 RRULE: " + problem.get())
                        .explained("error.window.rrule", problem.get());
            }
        }
        if (r.reason() == null || r.reason().isBlank() || r.reason().length() > 500) {
            throw new InvalidInputException("reason", "a reason of 1 to 500 characters is required").explained("error.window.reason");
        }
        Instant now = clock.instant();
        MaintenanceWindow saved = windows.save(new MaintenanceWindow(null, r.targetKind(), r.targetId().strip(), r.startsAt(), r.endsAt(),
                rrule, rrule == null ? null : clock.getZone().getId(), r.reason().strip(), actor, now, null));
        audit.record(actor, "maintenance_window", saved.id(), "create", null, saved);
        return saved;
    }

    public Optional<MaintenanceWindow> find(long id) {
        return windows.findById(id);
    }

    /** The windows whose first occurrence spans {@code at}, oldest first, at most {@code most}. */
    public List<MaintenanceWindow> spanning(Instant at, int most) {
        return windows.spanning(at, most);
    }

    public Page<MaintenanceWindow> list(Pageable pageable) {
        return windows.findAll(pageable);
    }

    /** One page, newest first, of the windows inside an account's scope, cut in SQL. */
    public vn.dcim.core.db.Paged<MaintenanceWindow> list(WindowsWithin within, int limit, int offset) {
        WindowsWithin.Targets t = targets(within);
        long count = windows.countInScope(t.devices(), t.racks(), t.wholeSites(), t.rooms(), t.sites(), t.powerNodes());
        return new vn.dcim.core.db.Paged<>(count, windows.inScope(t.devices(), t.racks(), t.wholeSites(), t.rooms(), t.sites(), t.powerNodes(),
                vn.dcim.core.db.Paged.limit(limit), vn.dcim.core.db.Paged.offset(offset)));
    }

    // the sites' devices and power-chain elements from their owners, so that the windows' query names only maintenance_window
    private WindowsWithin.Targets targets(WindowsWithin within) {
        List<String> siteDevices = within.devices() == null ? devices.idsAtSites(within.sites()) : List.of();
        List<Long> sitePowerNodes = !within.wholeSites() ? List.of() : within.sites().stream()
                .flatMap(site -> powerNodes.findBySiteIdOrderById(site).stream()).map(PowerNode::id).toList();
        return within.targets(siteDevices, sitePowerNodes);
    }

    /** Whether this window is inside an account's scope (an id outside it answers 404). */
    public boolean admits(long id, WindowsWithin within) {
        WindowsWithin.Targets t = targets(within);
        return windows.idInScope(id, t.devices(), t.racks(), t.wholeSites(), t.rooms(), t.sites(), t.powerNodes()).isPresent();
    }

    /** Whether a window on this target would be inside an account's scope: a limited account puts windows on its own. */
    public boolean admitsTarget(TargetKind kind, String targetId, WindowsWithin within) {
        WindowsWithin.Targets t = targets(within);
        return windows.targetInScope(kind.name(), targetId, t.devices(), t.racks(), t.wholeSites(), t.rooms(), t.sites(), t.powerNodes())
                .isPresent();
    }

    /** The occurrences in [from, to) of the windows inside an account's scope: a limited account's calendar. */
    public List<WindowOccurrence> occurrences(WindowsWithin within, Instant from, Instant to) {
        checkSpan(from, to);
        WindowsWithin.Targets t = targets(within);
        // the calendar's own question (MaintenanceWindowRepository.between), narrowed to the scope in SQL
        return occurrencesOf(windows.betweenInScope(from, to, t.devices(), t.racks(), t.wholeSites(), t.rooms(), t.sites(), t.powerNodes()),
                from, to);
    }

    /**
     * Ends the window now (Art. 14.4: the work is done early), or removes it when nothing of it has begun.
     * Empty when it was removed; the window as ended otherwise.
     */
    public Optional<MaintenanceWindow> end(long id, String actor) {
        MaintenanceWindow w = windows.findById(id).orElseThrow(() -> new NotFoundException("maintenance window", id));
        Instant now = clock.instant();
        if (w.endedAt() != null) {
            throw new ConflictException("id", "maintenance window " + id + " has ended already").explained("error.window.ended", id);
        }
        if (w.startsAt().isAfter(now)) {
            windows.delete(w);
            audit.record(actor, "maintenance_window", id, "delete", w, null);
            return Optional.empty();
        }
        MaintenanceWindow ended = windows.update(w.endedAt(now));
        audit.record(actor, "maintenance_window", id, "end", w, ended);
        return Optional.of(ended);
    }

    /** Every occurrence in [from, to), earliest first: the calendar. */
    public List<WindowOccurrence> occurrences(Instant from, Instant to) {
        checkSpan(from, to);
        return occurrencesOf(windows.between(from, to), from, to);
    }

    /** The occurrences in [from, to) of the windows that cover the device (on it or on what it hangs on). */
    public List<WindowOccurrence> occurrencesFor(String deviceId, Instant from, Instant to) {
        checkSpan(from, to);
        return occurrencesOf(windows.onTargets(scope.targetsOf(deviceId), from, to), from, to);
    }

    private List<WindowOccurrence> occurrencesOf(List<MaintenanceWindow> candidates, Instant from, Instant to) {
        return candidates.stream()
                .flatMap(w -> Recurrences.between(w, from, to, clock.getZone()).stream()
                        .map(o -> new WindowOccurrence(w, o.startsAt(), o.endsAt())))
                .sorted(Comparator.comparing(WindowOccurrence::startsAt)).limit(2000).toList();
    }

    private static void checkSpan(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "to must be after from").explained("error.window.span");
        }
        if (Duration.between(from, to).compareTo(WIDEST_QUESTION) > 0) {
            throw new InvalidInputException("to", "ask for at most 366 days at once").explained("error.window.span");
        }
    }

    /** Whether the target is registered, asked of its owner. */
    private boolean exists(TargetKind kind, String id) {
        if (kind == TargetKind.device) {
            return devices.exists(id);
        }
        if (kind == TargetKind.site) {
            return sites.existsById(id);
        }
        long key;
        try {
            key = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        return switch (kind) {
            case rack -> racks.existsById(key);
            case room -> rooms.existsById(key);
            case power_node -> powerNodes.existsById(key);
            default -> false;
        };
    }
}

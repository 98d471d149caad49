package vn.dcim.core.change;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetSaved;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.maintenance.Worker;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Racked equipment moved in the registry without a change request (QĐ 11/2023 Điều 23 khoản 3): heard inside the
 * registry's own transaction, flagged for the supervisor, or refused there when the centre runs in strict mode. The
 * sign-off of an approved change is the one writer that is not a bypass.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Bypasses {
    static final String ENTITY = "change-bypass";

    private final ChangeBypassRepository bypasses;
    private final ChangeSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    @EventListener
    void onSaved(AssetSaved saved) {
        Asset before = saved.before();
        Asset after = saved.asset();
        if (before == null || (before.rackId() == null && after.rackId() == null) || Applying.covers(after.id())) {
            return;
        }
        if (Objects.equals(before.rackId(), after.rackId()) && Objects.equals(before.positionU(), after.positionU())
                && Objects.equals(before.face(), after.face())) {
            return;
        }
        String what = place(before) + " → " + place(after);
        if (settings.isStrict()) {
            throw new NotAllowedException("racked equipment moves only through an approved change request (strict mode)")
                    .explained("error.change.bypass-strict", after.name());
        }
        ChangeBypass flagged = bypasses.save(new ChangeBypass(null, after.id(), saved.actor(), clock.instant(),
                after.name() + ": " + what, null, null));
        audit.record(saved.actor(), ENTITY, flagged.id(), "flag", null, Map.of("asset", after.id(), "what", flagged.what()));
    }

    private static String place(Asset a) {
        return a.rackId() == null ? "room " + a.roomId() : "rack " + a.rackId() + " U" + a.positionU() + " " + a.face();
    }

    /** The flags, newest first; only those no supervisor has seen unless {@code all}. */
    public Paged<ChangeBypass> list(boolean all, int limit, int offset) {
        List<ChangeBypass> page = bypasses.page(all, Paged.limit(limit), Paged.offset(offset));
        return new Paged<>(bypasses.countPage(all), page);
    }

    /** A supervisor has seen the flag (and dealt with it: a request after the fact, a word with the person). */
    public ChangeBypass seen(long id, Worker by) {
        if (!by.supervisor()) {
            throw new NotAllowedException("a supervisor clears a flag").explained("error.change.bypass-supervisor");
        }
        ChangeBypass b = bypasses.findById(id).orElseThrow(() -> new NotFoundException("Flag", id));
        if (b.seenAt() != null) {
            throw new ConflictException("seenAt", "seen already by " + b.seenBy()).explained("error.change.bypass-seen", b.seenBy());
        }
        ChangeBypass after = bypasses.update(new ChangeBypass(b.id(), b.assetId(), b.actor(), b.happenedAt(), b.what(),
                by.name(), clock.instant()));
        audit.record(by.name(), ENTITY, id, "seen", null, Map.of("seenBy", by.name()));
        return after;
    }
}

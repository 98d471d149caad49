package vn.dcim.web.teach;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The walks being taught, held while the administrator works on the draft: a walk is up to a few MB, too much to
 * travel in every form post, and it is needed again at saving to store beside the profile. Held for an hour, at
 * most {@link #MAX} at a time (the oldest goes first); lost on restart, when the walk is simply opened again.
 */
@Singleton
class WalkDrafts {
    static final int MAX = 20;
    static final Duration KEPT = Duration.ofHours(1);

    /** One walk: its text as snmprec, where it came from and who opened it. */
    record Held(String id, String snmprec, String origin, String actor, Instant opened) {
    }

    private final Clock clock;
    private final Map<String, Held> held = new LinkedHashMap<>();

    WalkDrafts(Clock clock) {
        this.clock = clock;
    }

    synchronized Held keep(String snmprec, String origin, String actor) {
        expire();
        while (held.size() >= MAX) {
            held.remove(held.keySet().iterator().next());
        }
        Held h = new Held(UUID.randomUUID().toString(), snmprec, origin, actor, clock.instant());
        held.put(h.id(), h);
        return h;
    }

    synchronized Optional<Held> get(String id) {
        expire();
        return Optional.ofNullable(id == null ? null : held.get(id));
    }

    private void expire() {
        Instant before = clock.instant().minus(KEPT);
        held.values().removeIf(h -> h.opened().isBefore(before));
    }
}

package vn.dcim.mqtt.ingest;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.device.DiscoveredSources;
import vn.dcim.core.device.SourceBound;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The vendor sources the inbox knows, read at most every few seconds like
 * {@link KnownDevices}; a binding made through the API is taken at once ({@link SourceBound}). A new
 * unbound source is admitted only while the inbox holds fewer than its cap: a flood of random
 * source ids is refused and counted, not written.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class KnownSources {
    private static final long REFRESH_MS = 5_000;
    private static final long PRUNE_MS = 60_000;

    private final DiscoveredSources sources;
    private volatile Map<String, DiscoveredSource.Binding> known = Map.of();
    private final Set<String> admitted = ConcurrentHashMap.newKeySet();
    private volatile long loadedAt = Long.MIN_VALUE / 2;
    private volatile long prunedAt = Long.MIN_VALUE / 2;
    private final AtomicLong refused = new AtomicLong();

    DiscoveredSource.Binding binding(String dialect, String source) {
        String key = DiscoveredSources.key(dialect, source);
        DiscoveredSource.Binding b = known.get(key);
        if (b == null || !b.isBound()) {
            reload(false);
            b = known.get(key);
        }
        return b == null ? DiscoveredSource.Binding.UNBOUND : b;
    }

    /** True when the source may be kept in the inbox: known already, or a new one under the cap. */
    boolean admit(String dialect, String source) {
        String key = DiscoveredSources.key(dialect, source);
        if (known.containsKey(key) || admitted.contains(key)) {
            return true;
        }
        long unbound = known.values().stream().filter(b -> !b.isBound()).count() + admitted.size();
        if (unbound >= sources.settings().getMaxUnbound()) {
            refused.incrementAndGet();
            return false;
        }
        admitted.add(key);
        return true;
    }

    long refused() {
        return refused.get();
    }

    @EventListener
    void onBound(SourceBound e) {
        reload(true);
    }

    private void reload(boolean now) {
        long t = System.nanoTime() / 1_000_000; // intervals only: monotonic
        if (!now && t - loadedAt < REFRESH_MS) {
            return;
        }
        try {
            if (t - prunedAt >= PRUNE_MS) {
                sources.prune();
                prunedAt = t;
            }
            known = Map.copyOf(sources.bindings());
            admitted.removeIf(known::containsKey);
        } catch (RuntimeException e) {
            throw new KnownDevices.RegistryUnavailableException(e);
        }
        loadedAt = t;
    }
}

package vn.dcim.web.api.stocktake;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one person's phone may send camera frames to be read on the server (the scanning of a
 * browser without BarcodeDetector, one frame every 700 ms): at most {@link #FRAMES} in any
 * {@link #WINDOW_MS}, so a page left open in two tabs, or a script, cannot keep the decoder busy for
 * the whole crew.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FrameThrottle {
    static final int FRAMES = 4;
    static final long WINDOW_MS = 2_000;

    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    /** Whether this person may have one more frame read now (and counts it when so). */
    boolean admit(String who) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(who, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_MS) {
                times.pollFirst();
            }
            if (times.size() >= FRAMES) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}

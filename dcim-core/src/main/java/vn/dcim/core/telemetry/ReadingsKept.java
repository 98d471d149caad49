package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How far back the readings reach: the oldest raw point still held and the oldest roll-up (the hourly and daily
 * roll-ups outlive the raw points, so they tell when anything was first monitored). Asked by the monitoring
 * retention check; each is one MIN per series over an index, never the points themselves.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingsKept {
    private final Jdbc jdbc;

    /** The oldest raw reading still held, as a row or, for closed days, in a compressed chunk; null when none is. */
    public @Nullable Instant oldestRaw() {
        return oldest(instant("oldest raw reading", "SELECT MIN(m) FROM (SELECT MIN(ts) m FROM series_point GROUP BY series_id) x"),
                instant("oldest chunked raw reading", "SELECT MIN(first_ts) FROM series_chunk"));
    }

    /** The oldest hourly or daily roll-up; null when nothing was rolled up yet. */
    public @Nullable Instant oldestRollup() {
        return oldest(instant("first hourly roll-up", "SELECT MIN(bucket) FROM rollup_1h"),
                instant("first daily roll-up", "SELECT MIN(m) FROM (SELECT MIN(bucket) m FROM rollup_1d GROUP BY series_id) x"));
    }

    private static @Nullable Instant oldest(@Nullable Instant a, @Nullable Instant b) {
        return Stream.of(a, b).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    private @Nullable Instant instant(String what, String sql) {
        List<Instant> found = jdbc.list(what, sql, rs -> {
            Timestamp t = rs.getTimestamp(1);
            return t == null ? Instant.EPOCH : t.toInstant();
        });
        return found.isEmpty() || found.get(0).equals(Instant.EPOCH) ? null : found.get(0);
    }
}

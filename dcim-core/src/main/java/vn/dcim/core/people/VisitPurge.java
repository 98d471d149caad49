package vn.dcim.core.people;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SparedPeople;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The retention purge of the visitor register: a set-based delete, in chunks so the register is never locked long,
 * sparing the people under a legal hold (their names and badges, compared as the access log's purge does).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VisitPurge {
    private static final int CHUNK = 10_000;
    private final Jdbc jdbc;

    long endedBefore(Instant before, Collection<String> heldNames, Collection<String> heldBadges) {
        StringBuilder sql = new StringBuilder("DELETE FROM visit WHERE ends_at < ?");
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(before));
        sql.append(SparedPeople.of(heldNames, heldBadges).notOf("visitor", false, "badge", params));
        return jdbc.deleteInChunks("purge visits past the access log's retention", sql.toString(), CHUNK, params.toArray());
    }
}

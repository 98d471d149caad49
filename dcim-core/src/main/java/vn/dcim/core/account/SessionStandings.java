package vn.dcim.core.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A session with the standing of its account, in one query. Every signed-in request resumes its session
 * (the rights come from the database each time, so a lock or a role change works at once), and three
 * lookups by key (session, account, credential) cost three round trips a request, which is more than the
 * statements' own work on a busy server. The account's columns are those {@link UserAccounts#person} judges.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionStandings {
    private final LoginSessionRepository sessions;

    /** A session as it stands, and its account's standing; none when the account or its credential is gone. */
    record Found(long accountId, Instant lastSeenAt, @Nullable Instant endedAt, boolean secondFactorGiven,
                 @Nullable Standing standing) {
    }

    /**
     * The joined row as read; the account's and the credential's columns are null when they are gone. A test in the
     * SELECT ({@code IS NOT NULL}) comes back as a number, 1 for true.
     */
    @Introspected
    record Row(long accountId, Instant lastSeenAt, @Nullable Instant endedAt, int secondFactorGiven,
               @Nullable String username, @Nullable String status, @Nullable LocalDate validUntil, @Nullable Integer locked,
               @Nullable String roles, @Nullable Instant passwordChangedAt, @Nullable Boolean mustChangePassword,
               @Nullable Integer hasSecondFactor, @Nullable Boolean directory) {
    }

    Optional<Found> find(String sessionId) {
        return sessions.findStanding(sessionId).map(r -> {
            Standing standing = r.username() == null || r.roles() == null ? null
                    : new Standing(r.accountId(), r.username(), AccountStatus.valueOf(r.status()), r.validUntil(), one(r.locked()),
                    r.roles(), r.passwordChangedAt(), yes(r.mustChangePassword()), one(r.hasSecondFactor()), yes(r.directory()));
            return new Found(r.accountId(), r.lastSeenAt(), r.endedAt(), r.secondFactorGiven() == 1, standing);
        });
    }

    private static boolean yes(@Nullable Boolean b) {
        return b != null && b;
    }

    private static boolean one(@Nullable Integer test) {
        return test != null && test == 1;
    }
}

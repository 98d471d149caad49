package vn.dcim.core.account;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed-in sessions kept in the database: a session idle for longer than the timeout ends
 * (QĐ 22/2021 Art. 6.2a: 10 minutes by default), a sign-out ends it at once.
 */
@Singleton
public class Sessions {
    private final SecureRandom random = new SecureRandom();
    private final LoginSessionRepository sessions;
    private final UserAccounts users;
    private final SessionStandings standings;
    private final Clock clock;
    private final Duration idleTimeout;
    // the last-seen time is written at most this often: one write per request would double the load
    private final Duration touchEvery;

    Sessions(LoginSessionRepository sessions, UserAccounts users, SessionStandings standings, Clock clock,
             AccountSettings settings) {
        this.sessions = sessions;
        this.users = users;
        this.standings = standings;
        this.clock = clock;
        this.idleTimeout = settings.sessionIdleTimeout();
        Duration quarter = idleTimeout.dividedBy(4);
        this.touchEvery = quarter.compareTo(Duration.ofSeconds(15)) < 0 ? quarter : Duration.ofSeconds(15);
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    String open(long accountId, String source) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        sessions.save(new LoginSession(id, accountId, source, now, now, null, null));
        return id;
    }

    /**
     * The person of a live session, now; empty once it was signed out, went idle or the account may not work.
     * One query reads the session with its account's standing (a request's cost).
     */
    public Optional<Person> resume(String sessionId) {
        if (sessionId == null || sessionId.length() != 43) {
            return Optional.empty();
        }
        Optional<SessionStandings.Found> found = standings.find(sessionId);
        if (found.isEmpty() || found.get().endedAt() != null) {
            return Optional.empty();
        }
        SessionStandings.Found s = found.get();
        Instant now = clock.instant();
        if (s.lastSeenAt().plus(idleTimeout).isBefore(now)) {
            sessions.updateEndedAt(sessionId, now);
            return Optional.empty();
        }
        Optional<Person> person = s.standing() == null ? Optional.empty() : users.person(s.standing(), s.secondFactorGiven());
        if (person.isPresent() && s.lastSeenAt().plus(touchEvery).isBefore(now)) {
            sessions.updateLastSeenAt(sessionId, now);
        }
        return person;
    }

    public void end(String sessionId) {
        if (sessionId != null) {
            sessions.findById(sessionId).filter(s -> s.endedAt() == null)
                    .ifPresent(s -> sessions.updateEndedAt(s.id(), clock.instant()));
        }
    }
}

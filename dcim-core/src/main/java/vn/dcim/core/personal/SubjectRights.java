package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.people.People;
import vn.dcim.core.people.StaffMember;
import vn.dcim.core.people.Visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A data subject's rights over what the product holds of them (Law 91/2025/QH15 on personal data protection):
 * their records exported, and erased where no legal hold applies. An erasure keeps what the law still requires
 * (the access log and the visit register younger than six months, QĐ 11/2023 Điều 30 khoản 7 điểm a) and says so;
 * a legal hold in force refuses it with the hold's reason. Every request is recorded with who asked, who handled
 * it, when, and what was done.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubjectRights {
    static final int MAX_EVENTS = 50_000;

    private final AccessLog accessLog;
    private final People people;
    private final FacePictures pictures;
    private final LegalHolds holds;
    private final SubjectRequestRepository requests;
    private final AuditLog audit;
    private final Clock clock;

    /** Everything held of the person, recorded as an answered export request. */
    public SubjectRecords export(@Nullable String person, @Nullable String badge, String askedBy, @Nullable String reason, String by) {
        return export(person, badge, askedBy, reason, by, Set.of());
    }

    /**
     * What is held of the person at these sites' doors, for a centre that answers for its own sites (empty: everything
     * held). The visit and staff registers name no site: they are the province's, left out of a cut export.
     */
    public SubjectRecords export(@Nullable String person, @Nullable String badge, String askedBy, @Nullable String reason, String by,
                                 Set<String> sites) {
        check(person, badge, askedBy);
        Instant now = clock.instant();
        List<AccessEvent> events = accessLog.ofPerson(person, badge, sites, MAX_EVENTS);
        List<Visit> visits = sites.isEmpty() ? people.visitsOf(person, badge) : List.of();
        List<StaffMember> staff = sites.isEmpty() ? people.staffOf(person, badge) : List.of();
        var pics = pictures.ofPerson(person, badge, sites);
        String detail = events.size() + " access event(s), " + visits.size() + " visit(s), " + staff.size() + " staff entry(ies), "
                + pics.size() + " face picture(s) exported" + (sites.isEmpty() ? "" : " of site(s) " + String.join(", ", new TreeSet<>(sites)));
        long id = record(SubjectRequest.Kind.export, person, badge, askedBy, reason, by, now, SubjectRequest.Outcome.exported, detail);
        return new SubjectRecords(id, strip(person), strip(badge), now, events, visits, staff, pics, askedBy.strip(), strip(reason),
                Set.copyOf(sites));
    }

    /**
     * Erases the person's records where the law lets it: refused whole while a legal hold is in force on them;
     * otherwise every face picture, and the access events and visits older than the access log's lawful minimum,
     * and a leaver's staff entry; the rest is kept and named with its reason.
     */
    public Erasure erase(@Nullable String person, @Nullable String badge, String askedBy, @Nullable String reason, String by) {
        check(person, badge, askedBy);
        Instant now = clock.instant();
        // a hold may name the person's badge while the request names the person, or the other way round: every name
        // and badge their records carry is looked up
        List<AccessEvent> events0 = accessLog.ofPerson(person, badge, MAX_EVENTS);
        var visits0 = people.visitsOf(person, badge);
        var staff0 = people.staffOf(person, badge);
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> badges = new java.util.HashSet<>();
        java.util.stream.Stream.of(person).filter(java.util.Objects::nonNull).forEach(names::add);
        java.util.stream.Stream.of(badge).filter(java.util.Objects::nonNull).forEach(badges::add);
        events0.forEach(e -> { add(names, e.person()); add(badges, e.badge()); });
        visits0.forEach(v -> { add(names, v.visitor()); add(badges, v.badge()); });
        staff0.forEach(s -> { add(names, s.name()); add(badges, s.badge()); });
        List<LegalHold> on = holds.onAny(names, badges);
        if (!on.isEmpty()) {
            List<String> kept = on.stream().map(h -> "legal hold #" + h.id() + " (" + h.placedBy() + "): " + h.reason()).toList();
            long id = record(SubjectRequest.Kind.erase, person, badge, askedBy, reason, by, now, SubjectRequest.Outcome.refused,
                    "nothing erased: " + String.join("; ", kept));
            return new Erasure(id, SubjectRequest.Outcome.refused, 0, 0, 0, 0, kept);
        }
        Instant lawfulFrom = now.minus(Duration.ofDays(RetentionPolicy.ACCESS_LOG_FLOOR_DAYS));
        long pics = pictures.eraseOf(person, badge);
        long events = accessLog.eraseOfPerson(person, badge, lawfulFrom);
        People.Erased register = people.eraseOf(person, badge, lawfulFrom, by);
        List<String> kept = new ArrayList<>();
        int eventsLeft = accessLog.ofPerson(person, badge, MAX_EVENTS).size();
        if (eventsLeft > 0) {
            kept.add(eventsLeft + " access event(s) younger than " + RetentionPolicy.ACCESS_LOG_FLOOR_DAYS + " days, kept by "
                    + RetentionPolicy.ACCESS_LOG_ARTICLE + " (access log kept at least 06 months)");
        }
        int visitsLeft = people.visitsOf(person, badge).size();
        if (visitsLeft > 0) {
            kept.add(visitsLeft + " visit(s) younger than " + RetentionPolicy.ACCESS_LOG_FLOOR_DAYS + " days, kept by " + RetentionPolicy.ACCESS_LOG_ARTICLE);
        }
        int staffLeft = people.staffOf(person, badge).size();
        if (staffLeft > 0) {
            kept.add(staffLeft + " staff entry(ies) of a current member or one who left less than " + RetentionPolicy.ACCESS_LOG_FLOOR_DAYS
                    + " days ago (the register matches badges against the access log)");
        }
        SubjectRequest.Outcome outcome = kept.isEmpty() ? SubjectRequest.Outcome.erased : SubjectRequest.Outcome.partly;
        String detail = "erased " + events + " access event(s), " + pics + " face picture(s), " + register.visits() + " visit(s), "
                + register.staffEntries() + " staff entry(ies)" + (kept.isEmpty() ? "" : "; kept: " + String.join("; ", kept));
        long id = record(SubjectRequest.Kind.erase, person, badge, askedBy, reason, by, now, outcome, detail);
        return new Erasure(id, outcome, events, pics, register.visits(), register.staffEntries(), kept);
    }

    /** The requests answered, newest first. */
    public List<SubjectRequest> requests(int limit, int offset) {
        return requests.newestFirst(Math.max(1, Math.min(limit, 1000)), Math.max(0, offset)).stream().map(SubjectRequestRow::request).toList();
    }

    public long countRequests() {
        return requests.count();
    }

    private long record(SubjectRequest.Kind kind, @Nullable String person, @Nullable String badge, String askedBy, @Nullable String reason,
                        String by, Instant at, SubjectRequest.Outcome outcome, String detail) {
        long id = requests.save(new SubjectRequestRow(null, kind, strip(person), strip(badge), askedBy.strip(), strip(reason), by, at, outcome, detail)).id();
        audit.record(by, "subject_request", id, kind.name(), null, new SubjectRequest(id, kind, strip(person), strip(badge), askedBy.strip(),
                strip(reason), by, at, outcome, detail));
        return id;
    }

    private static void add(java.util.Set<String> to, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            to.add(value.strip());
        }
    }

    private static void check(@Nullable String person, @Nullable String badge, String askedBy) {
        if (strip(person) == null && strip(badge) == null) {
            throw new InvalidInputException("person", "a request names the person or their badge").explained("error.personal.no-subject");
        }
        if (askedBy == null || askedBy.isBlank()) {
            throw new InvalidInputException("askedBy", "a request says who asked it").explained("error.personal.asked-by");
        }
    }

    private static String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

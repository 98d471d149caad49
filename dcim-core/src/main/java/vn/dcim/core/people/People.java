package vn.dcim.core.people;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import io.micronaut.data.model.Pageable;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The staff register and the visitor register, each change audited. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class People {
    private final StaffRepository staffRegister;
    private final VisitRepository visitRegister;
    private final VisitPurge purge;
    private final AuditLog audit;
    private final Clock clock;

    public List<StaffMember> staff() {
        return staff(Integer.MAX_VALUE);
    }

    /** The first {@code limit} of the staff by name, cut in SQL. */
    public List<StaffMember> staff(int limit) {
        return staffRegister.findAll(Pageable.from(0, Paged.limit(limit), StaffRepository.BY_NAME)).stream().map(StaffEntry::view).toList();
    }

    public StaffMember addStaff(String name, @Nullable String badge, Instant joinedAt, String by) {
        long id = staffRegister.save(new StaffEntry(null, name, badge, joinedAt, null)).id();
        StaffMember m = new StaffMember(id, name, badge, joinedAt, null);
        audit.record(by, "staff_member", id, "create", null, m);
        return m;
    }

    /** Art. 32.4: records that the person left; the access log then shows whether the badge was revoked. */
    public StaffMember left(long id, Instant at, String by) {
        StaffMember before = staffRegister.findById(id).map(StaffEntry::view).orElseThrow(() -> new NotFoundException("Staff member", id));
        if (before.leftAt() != null) {
            throw new ConflictException("leftAt", "already left at " + before.leftAt()).explained("error.staff.left", before.leftAt());
        }
        if (at.isBefore(before.joinedAt())) {
            throw new InvalidInputException("leftAt", "leaves after joining").explained("error.staff.leaves-before");
        }
        staffRegister.updateLeftAt(id, at);
        StaffMember after = new StaffMember(id, before.name(), before.badge(), before.joinedAt(), at);
        audit.record(by, "staff_member", id, "left", before, after);
        return after;
    }

    public List<Visit> visits(Instant from, Instant to) {
        return visits(from, to, Integer.MAX_VALUE);
    }

    /** The first {@code limit} visits overlapping [from, to), in time order, cut in SQL. */
    public List<Visit> visits(Instant from, Instant to, int limit) {
        return visitRegister.findByEndsAtGreaterThanAndStartsAtLessThan(from, to, Pageable.from(0, Paged.limit(limit), VisitRepository.IN_TIME))
                .stream().map(VisitEntry::view).toList();
    }

    public Visit addVisit(String visitor, String organisation, String purpose, @Nullable String badge, Instant startsAt, Instant endsAt,
                          String approvedBy, boolean noDevices, @Nullable String deviceException, String by) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "a visit ends after it starts").explained("error.visit.ends-before");
        }
        // Art. 5.2b: no personal device inside, unless a competent authority's exception is named
        if (!noDevices && (deviceException == null || deviceException.isBlank())) {
            throw new InvalidInputException("deviceException", "bringing personal devices needs the authority's exception and legal basis (Art. 5.2b)").explained("error.visit.device-exception");
        }
        Instant now = clock.instant();
        long id = visitRegister.save(new VisitEntry(null, visitor, organisation, purpose, badge, startsAt, endsAt, approvedBy, noDevices,
                deviceException, by, now)).id();
        Visit v = new Visit(id, visitor, organisation, purpose, badge, startsAt, endsAt, approvedBy, noDevices, deviceException, by, now);
        audit.record(by, "visit", id, "create", null, v);
        return v;
    }

    /** The staff entries of one person, by name (ignoring case and marks) or badge: what a data-subject request exports. */
    public List<StaffMember> staffOf(@Nullable String name, @Nullable String badge) {
        Who w = Who.of(name, badge);
        return staffRegister.findOfPerson(w.name(), w.badge()).stream().map(StaffEntry::view).toList();
    }

    /** The visits of one person, by name or badge, oldest first. */
    public List<Visit> visitsOf(@Nullable String name, @Nullable String badge) {
        Who w = Who.of(name, badge);
        return visitRegister.findOfPerson(w.name(), w.badge()).stream().map(VisitEntry::view).toList();
    }

    /**
     * Erases one person's visits that ended before {@code before} (the younger ones are the access records the law
     * keeps) and their staff entries of a departure before it (a current member stays: the register needs them);
     * each erasure audited without the personal data itself. Answers how many of each went.
     */
    public Erased eraseOf(@Nullable String name, @Nullable String badge, Instant before, String by) {
        Who w = Who.of(name, badge);
        int visits = visitRegister.deleteOfPerson(w.name(), w.badge(), before);
        int staff = staffRegister.deleteLeaversOfPerson(w.name(), w.badge(), before);
        if (visits + staff > 0) {
            audit.record(by, "personal_data", "people", "erase", null, Map.of("visits", visits, "staffEntries", staff));
        }
        return new Erased(visits, staff);
    }

    /**
     * The retention purge of the visitor register, kept as long as the access log it is matched against: visits that
     * ended before {@code before}, except those of the people under a legal hold (names and badges given).
     */
    public long purgeVisitsBefore(Instant before, Collection<String> heldNames, Collection<String> heldBadges) {
        return purge.endedBefore(before, heldNames, heldBadges);
    }

    /** How many visits and staff entries an erasure removed. */
    public record Erased(int visits, int staffEntries) {
    }

    /** One person: a name (compared ignoring case and marks) or a badge, a blank one as none; at least one is given. */
    private record Who(@Nullable String name, @Nullable String badge) {
        static Who of(@Nullable String name, @Nullable String badge) {
            Who w = new Who(name == null || name.isBlank() ? null : name.strip(), badge == null || badge.isBlank() ? null : badge.strip());
            if (w.name() == null && w.badge() == null) {
                throw new IllegalArgumentException("a person is named by a name or a badge");
            }
            return w;
        }
    }
}

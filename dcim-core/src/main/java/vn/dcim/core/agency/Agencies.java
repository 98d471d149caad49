package vn.dcim.core.agency;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The register of hosted agencies, each change audited. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Agencies {
    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final Clock clock;

    /** The agencies by name, the retired ones only when asked, cut in SQL. */
    public List<Agency> list(boolean withRetired, int limit, int offset) {
        return agencies.page(withRetired, Paged.limit(limit), Paged.offset(offset));
    }

    public long count(boolean withRetired) {
        return agencies.count(withRetired);
    }

    public Optional<Agency> find(long id) {
        return agencies.findById(id);
    }

    public Agency get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Agency", id));
    }

    /** A new agency; its code is what racks and reports show, so two agencies never share one. */
    public Agency add(String code, String name, @Nullable String contactName, @Nullable String contactPhone,
                      @Nullable String contactEmail, @Nullable String notes, String by) {
        String c = code(code);
        requireName(name);
        if (agencies.findByCode(c).isPresent()) {
            throw new ConflictException("code", "an agency already has the code " + c).explained("error.agency.code-taken", c);
        }
        Agency saved = agencies.save(new Agency(null, c, name.strip(), contactName, contactPhone, contactEmail, notes, clock.instant(), null));
        audit.record(by, "agency", saved.id(), "create", null, saved);
        return saved;
    }

    /** New name and contacts; the code stays, as printed labels and past reports carry it. */
    public Agency update(long id, String name, @Nullable String contactName, @Nullable String contactPhone,
                         @Nullable String contactEmail, @Nullable String notes, String by) {
        Agency before = get(id);
        requireName(name);
        Agency after = agencies.update(new Agency(id, before.code(), name.strip(), contactName, contactPhone, contactEmail, notes,
                before.createdAt(), before.retiredAt()));
        audit.record(by, "agency", id, "update", before, after);
        return after;
    }

    /** The agency has left the centre; what it placed and requested keeps its name. */
    public Agency retire(long id, String by) {
        Agency before = get(id);
        if (before.retired()) {
            throw new ConflictException("retiredAt", "already retired").explained("error.agency.retired");
        }
        Agency after = agencies.update(new Agency(id, before.code(), before.name(), before.contactName(), before.contactPhone(),
                before.contactEmail(), before.notes(), before.createdAt(), clock.instant()));
        audit.record(by, "agency", id, "retire", before, after);
        return after;
    }

    private static String code(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9][A-Z0-9._-]{0,31}")) {
            throw new InvalidInputException("code", "1-32 letters, digits, '.', '_' or '-'").explained("error.agency.code");
        }
        return c;
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new InvalidInputException("name", "a name of 1-255 characters").explained("error.agency.name");
        }
    }
}

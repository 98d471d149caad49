package vn.dcim.core.centre;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.LocationRegistry;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The province's centres and the sites each runs, every change audited. What else is a centre's (its duty roster,
 * the people its escalation tells, the regulation it is judged by) refers to a centre of this register.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Centres {
    /** What a refusal and the audit call a site. */
    private static final String SITE = "site";
    private final CentreRepository centres;
    private final LocationRegistry locations;
    private final AuditLog audit;
    private final Clock clock;

    /** The centres by province and name, cut in SQL. */
    public Paged<Centre> list(int limit, int offset) {
        return new Paged<>(centres.count(), centres.page(Paged.limit(limit), Paged.offset(offset)));
    }

    public Optional<Centre> find(long id) {
        return centres.findById(id);
    }

    public Centre get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("centre", id));
    }

    public List<Centre> all() {
        return centres.page(Integer.MAX_VALUE, 0);
    }

    public Centre add(String code, String name, String province, String by) {
        String c = code(code);
        requireText("name", name, 200);
        requireText("province", province, 100);
        if (centres.findByCode(c).isPresent()) {
            throw new ConflictException("code", "a centre already has the code " + c).explained("error.centre.code-taken", c);
        }
        Centre saved = centres.save(new Centre(null, c, name.strip(), province.strip(), clock.instant()));
        audit.record(by, "centre", saved.id(), "create", null, saved);
        return saved;
    }

    /** A new name or province; the code stays, as rosters, reports and settings name it. */
    public Centre update(long id, String name, String province, String by) {
        Centre before = get(id);
        requireText("name", name, 200);
        requireText("province", province, 100);
        Centre after = centres.update(new Centre(id, before.code(), name.strip(), province.strip(), before.createdAt()));
        audit.record(by, "centre", id, "update", before, after);
        return after;
    }

    /** The ids of the sites the centre runs. */
    public List<String> sitesOf(long id) {
        get(id);
        return centres.findSitesOf(id);
    }

    /** The centre that runs a site; empty for a site of the province's own. */
    public Optional<Centre> centreOf(String siteId) {
        return centres.findCentreIdOf(siteId).flatMap(centres::findById);
    }

    /** The centre runs the site from now on; a site moves from another centre rather than belonging to two. */
    public void assignSite(long id, String siteId, String by) {
        get(id);
        if (siteId == null || !locations.siteExists(siteId)) {
            throw new NotFoundException(SITE, siteId);
        }
        Optional<Centre> before = centreOf(siteId);
        if (before.isPresent() && before.get().id() == id) {
            return;
        }
        centres.assignSite(siteId, id);
        audit.record(by, SITE, siteId, "assign-centre", before.map(c -> Map.of("centreId", c.id())).orElse(null), Map.of("centreId", id));
    }

    /** The centre no longer runs the site; it becomes the province's own. */
    public void releaseSite(long id, String siteId, String by) {
        get(id);
        if (centres.releaseSite(siteId, id) == 0) {
            throw new NotFoundException("site of the centre", siteId);
        }
        audit.record(by, SITE, siteId, "release-centre", Map.of("centreId", id), null);
    }

    private static String code(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!c.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            throw new InvalidInputException("code", "1-32 lower-case letters, digits or '-'").explained("error.centre.code");
        }
        return c;
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidInputException(field, "1-" + max + " characters").explained("error.centre." + field, String.valueOf(max));
        }
    }
}

package vn.dcim.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.site.Places;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sites an account is limited to: plain data here, kept up to date by whoever knows (the single sign-on
 * provider's groups at each sign-in). An empty set means not limited, as every account was before sites
 * could be named. Enforcing the limit on lists, pages and streams is the site scope's work, which reads
 * {@link #of(long)}.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountSites {
    private static final Logger LOG = LoggerFactory.getLogger(AccountSites.class);

    private final AccountSiteRepository rows;
    private final Places places;
    private final AuditLog audit;
    private final Clock clock;

    /** The site ids the account is limited to, sorted; empty = every site. */
    public Set<String> of(long accountId) {
        Set<String> ids = new TreeSet<>();
        rows.findByAccountIdOrderBySiteId(accountId).forEach(r -> ids.add(r.siteId()));
        return ids;
    }

    /**
     * Limits the account to exactly these sites (empty: to none, i.e. every site). A site id that is not in the
     * register is left out and logged: a provider's group may name a site before it is registered. The change,
     * if any, is audited with what it was and what it became. Returns the sites now stored.
     */
    @Transactional
    public Set<String> assign(long accountId, Collection<String> siteIds, String actor) {
        Set<String> known = places.lookup().sites().keySet();
        Set<String> wanted = new TreeSet<>();
        for (String id : siteIds) {
            String trimmed = id == null ? "" : id.trim();
            if (known.contains(trimmed)) {
                wanted.add(trimmed);
            } else if (!trimmed.isEmpty()) {
                LOG.warn("Account {} not limited to site '{}': no such site in the register", accountId, trimmed);
            }
        }
        Set<String> before = of(accountId);
        if (before.equals(wanted)) {
            return before;
        }
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(wanted);
        if (!gone.isEmpty()) {
            rows.deleteByAccountIdAndSiteIdInList(accountId, gone);
        }
        Instant now = clock.instant();
        for (String id : wanted) {
            if (!before.contains(id)) {
                rows.save(new AccountSite(null, accountId, id, now, actor));
            }
        }
        audit.record(actor, "account", accountId, "site-change", Map.of("sites", List.copyOf(before)),
                Map.of("sites", List.copyOf(wanted)));
        return wanted;
    }
}

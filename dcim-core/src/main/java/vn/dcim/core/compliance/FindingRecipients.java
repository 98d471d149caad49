package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.notification.Recipient;
import vn.dcim.core.scope.AccountScopes;
import vn.dcim.core.scope.Scope;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who answers for which centre's compliance: a merged province's centres each have their own supervisors and head,
 * and the province's leadership answers for all. A recipient with an account answers for the centres of the account's
 * sites (an account of every site for the whole province), so narrowing a person's sites narrows what they are told;
 * one without an account for the centre set on it, or the whole province.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FindingRecipients {
    private final AccountScopes scopes;
    private final Centres centres;

    /** The ids of the centres the recipient answers for; null for the whole province (every centre). */
    @Nullable
    public Set<Long> centresOf(Recipient r) {
        if (r.accountId() != null) {
            Scope scope = scopes.of(r.accountId());
            if (!scope.limited()) {
                return null;
            }
            // sites of no centre are the province's own: they add no centre
            Set<Long> out = new TreeSet<>();
            for (String site : scope.siteIds()) {
                centres.centreOf(site).ifPresent(c -> out.add(c.id()));
            }
            return out;
        }
        return r.centreId() == null ? null : Set.of(r.centreId());
    }

    /**
     * Whether the recipient is told of the change: a finding of the province as a whole (its settings, backups,
     * registers) goes to all; a centre's own finding to those who answer for that centre and for the whole province; the
     * province's judgement of a requirement each centre is judged by apart (doors, cameras, the roster) to those who
     * answer for no one centre, as each centre's own is told to that centre's.
     */
    public boolean told(Recipient r, ComplianceFindingChanged change) {
        if (change.centreId() == null && !change.ownToCentres()) {
            return true;
        }
        Set<Long> mine = centresOf(r);
        if (mine == null) {
            return true;
        }
        return change.centreId() == null ? mine.isEmpty() : mine.contains(change.centreId());
    }
}

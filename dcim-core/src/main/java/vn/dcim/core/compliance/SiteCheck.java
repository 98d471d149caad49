package vn.dcim.core.compliance;

import java.time.Instant;

/**
 * A check of things that stand at a site (door controllers, cameras, sensors, ISP links, the power chain, equipment):
 * a centre is judged by its own sites only, the installation by every site. Checks of the product's own settings,
 * backups of its database or the province's registers stay {@link ComplianceCheck}s: one answer for every centre.
 */
public interface SiteCheck extends ComplianceCheck {

    Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites);

    @Override
    default Judgement judge(Instant now, PolicyProfile profile) {
        return judge(now, profile, JudgedSites.EVERY);
    }
}

package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.ts;

/** Art. 8.1đ: Internet from at least two different providers, both up (so the load can be shared). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TwoIspsCheck implements ComplianceCheck {
    private final Jdbc jdbc;

    @Override
    public String key() {
        return "two-isps";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int min = profile.whole("isp-providers-min");
        List<Object[]> links = jdbc.list("read ISP links", "SELECT l.id, LOWER(l.provider), (SELECT c.up FROM isp_link_check c WHERE c.link_id = l.id "
                + "AND c.ts >= ? ORDER BY c.ts DESC LIMIT 1) FROM isp_link l", rs -> new Object[]{rs.getLong(1), rs.getString(2), rs.getObject(3)},
                ts(now.minus(Duration.ofMinutes(5))));
        Evidence evidence = Evidence.link("compliance.ev.isp-links", "ISP links", "/ui/isp-links");
        if (links.isEmpty()) {
            return Judgement.noData(said("compliance.s.two-isps.none", "no ISP link registered"), evidence);
        }
        long providers = links.stream().map(l -> l[1]).distinct().count();
        long up = links.stream().filter(l -> l[2] != null && (Boolean.TRUE.equals(l[2]) || Integer.valueOf(1).equals(l[2]))).map(l -> l[1]).distinct().count();
        if (links.stream().allMatch(l -> l[2] == null)) {
            return Judgement.noData(said("compliance.s.two-isps.unprobed", "{0} provider(s) registered, none probed in the last 5 minutes", providers), evidence);
        }
        if (providers < min || up < min) {
            return Judgement.nonCompliant(said("compliance.s.two-isps.count", "{0} provider(s) registered, {1} up in the last 5 minutes", providers, up), evidence);
        }
        // Art. 8.1đ asks for load sharing too: links that answer probes are not links that carry traffic, and the
        // product keeps no traffic (interface octet) readings of the uplinks, so it cannot show the sharing
        return Judgement.noData(said("compliance.s.two-isps.no-traffic", "{0} provider(s) registered, {1} up in the last 5 minutes; "
                + "load sharing cannot be shown: the product keeps no traffic readings of the links", providers, up), evidence);
    }
}

package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.network.IspLinkCheck;
import vn.dcim.core.network.IspLinks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static vn.dcim.core.compliance.Said.said;

/** Art. 8.1đ: Internet from at least two different providers, both up (so the load can be shared). */
@Singleton
@CheckKey("two-isps")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TwoIspsCheck implements SiteCheck {
    private final IspLinks isp;

    /** A link's provider (case folded: "VNPT" and "vnpt" are one provider) and whether its latest recent probe found it up. */
    private record Probed(String provider, Boolean up) {
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int min = profile.whole("isp-providers-min");
        Instant since = now.minus(Duration.ofMinutes(5));
        List<Probed> links = isp.all().stream().filter(l -> sites.admits(l.siteId())).map(l -> new Probed(l.provider().toLowerCase(Locale.ROOT),
                isp.lastCheck(l.id()).filter(c -> !c.ts().isBefore(since)).map(IspLinkCheck::up).orElse(null))).toList();
        Evidence evidence = Evidence.link("compliance.ev.isp-links", "ISP links", "/ui/isp-links");
        if (links.isEmpty()) {
            return Judgement.noData(said("compliance.s.two-isps.none", "no ISP link registered"), evidence);
        }
        long providers = links.stream().map(Probed::provider).distinct().count();
        long up = links.stream().filter(l -> Boolean.TRUE.equals(l.up())).map(Probed::provider).distinct().count();
        if (links.stream().allMatch(l -> l.up() == null)) {
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

package vn.dcim.core.network;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.SiteRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registers and changes Internet uplinks (Art. 8.1đ: at least two providers); every change is audited. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IspLinks {
    private static final String ENTITY = "isp-link";
    private final IspLinkRepository links;
    private final SiteRepository sites;
    private final AuditLog audit;

    private final IspLinkCheckRepository checks;

    /** Every link, by id. */
    public List<IspLink> all() {
        return new ArrayList<>(links.findAll());
    }

    public List<IspLink> ofSite(String siteId) {
        return links.findBySiteId(siteId);
    }

    /** The link's latest probe, if it was probed. */
    public Optional<IspLinkCheck> lastCheck(long linkId) {
        return checks.findFirstByLinkIdOrderByTsDesc(linkId);
    }

    @Transactional
    public IspLink create(IspLink link, String actor) {
        requireSite(link.siteId());
        IspLink saved = links.save(link);
        audit.record(actor, ENTITY, saved.id(), "create", null, fields(saved));
        return saved;
    }

    /** Changes every field of a link but its id; the probe history stays with it. */
    @Transactional
    public IspLink update(long id, IspLink changed, String actor) {
        IspLink before = links.findById(id).orElseThrow(() -> new NotFoundException("isp link", id));
        requireSite(changed.siteId());
        IspLink saved = links.update(new IspLink(id, changed.siteId(), changed.provider(), changed.circuitId(), changed.interfaceName(),
                changed.gateway(), changed.sourceAddress(), changed.probeTargets()));
        audit.record(actor, ENTITY, id, "update", fields(before), fields(saved));
        return saved;
    }

    private void requireSite(String siteId) {
        if (!sites.existsById(siteId)) {
            throw new InvalidInputException("siteId", "no site " + siteId).explained("error.isp.no-site", siteId);
        }
    }

    /** What the audit keeps of a link (the entity itself is not serialisable, by design). */
    private static java.util.Map<String, Object> fields(IspLink l) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("siteId", l.siteId());
        m.put("provider", l.provider());
        m.put("circuitId", l.circuitId());
        m.put("interfaceName", l.interfaceName());
        m.put("gateway", l.gateway());
        m.put("sourceAddress", l.sourceAddress());
        m.put("probeTargets", l.probeTargets());
        return m;
    }
}

package vn.dcim.core.licence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.SiteRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Keeps the software-asset register (Art. 10.1–10.3, 21.1e); every change is audited with before/after. */
@Singleton
@RequiredArgsConstructor
public class SoftwareRegistry {
    static final String ENTITY = "software_asset";

    private final SoftwareAssetRepository software;
    private final SoftwareInstallationRepository installations;
    private final AssetRepository assets;
    private final SiteRepository sites;
    private final SoftwareFindings findings;
    private final AuditLog audit;
    private final FindingsQuery findingsQuery;
    private final Clock clock;

    @Transactional
    public SoftwareAssetView create(SoftwareAssetCommand cmd, String actor) {
        check(cmd);
        SoftwareAsset saved = software.save(cmd.toEntity(null));
        install(saved.id(), cmd.installedOnOrEmpty());
        SoftwareAssetView after = view(saved);
        audit.record(actor, ENTITY, saved.id(), "create", null, after);
        return after;
    }

    @Transactional
    public SoftwareAssetView replace(long id, SoftwareAssetCommand cmd, String actor) {
        SoftwareAssetView before = view(get(id));
        check(cmd);
        SoftwareAsset updated = software.update(cmd.toEntity(id));
        installations.deleteBySoftwareId(id);
        install(id, cmd.installedOnOrEmpty());
        SoftwareAssetView after = view(updated);
        audit.record(actor, ENTITY, id, "update", before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String actor) {
        SoftwareAssetView before = view(get(id));
        installations.deleteBySoftwareId(id);
        software.deleteById(id);
        audit.record(actor, ENTITY, id, "delete", before, null);
    }

    public SoftwareAsset get(long id) {
        return software.findById(id).orElseThrow(() -> new NotFoundException("software asset", id));
    }

    public List<SoftwareAssetView> all() {
        return software.findAllOrderById().stream().map(this::view).toList();
    }

    /** A page of the software the filter finds, by id, filtered, counted and cut in SQL. */
    public Paged<SoftwareAssetView> find(SoftwareFilter filter, int limit, int offset) {
        SoftwareAssetRepository.Search search = filter.search(filter.finding() == null ? List.of() : findingsQuery.softwareWith(filter.finding()));
        return new Paged<>(software.count(search),
                software.find(search, Paged.limit(limit), Paged.offset(offset)).stream().map(this::view).toList());
    }

    /** The software of these ids with its installations and findings, by id. */
    public List<SoftwareAssetView> views(List<Long> ids) {
        return ids.isEmpty() ? List.of() : software.findByIdInListOrderById(ids).stream().map(this::view).toList();
    }

    public SoftwareAssetView view(SoftwareAsset s) {
        List<Long> on = installations.findBySoftwareIdOrderByAssetId(s.id()).stream()
                .map(SoftwareInstallation::assetId).toList();
        return SoftwareAssetView.of(s, on, findings.of(s, on.size(), LocalDate.now(clock)));
    }

    private void check(SoftwareAssetCommand cmd) {
        if (!sites.existsById(cmd.siteId())) {
            throw new InvalidInputException("siteId", "site " + cmd.siteId() + " does not exist").explained("error.site.unknown", cmd.siteId());
        }
        for (Long assetId : cmd.installedOnOrEmpty()) {
            if (assetId == null || !assets.existsById(assetId)) {
                throw new InvalidInputException("installedOn", "asset " + assetId + " does not exist").explained("error.asset.unknown", assetId);
            }
        }
    }

    private void install(long softwareId, List<Long> assetIds) {
        assetIds.forEach(assetId -> installations.save(new SoftwareInstallation(null, softwareId, assetId)));
    }
}

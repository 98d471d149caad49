package vn.dcim.core.report;

import jakarta.inject.Singleton;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.AssetStatusChange;
import vn.dcim.core.asset.AssetStatusChangeRepository;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.audit.AuditEventRepository;
import vn.dcim.core.licence.RiskLevel;
import vn.dcim.core.licence.SoftwareAsset;
import vn.dcim.core.licence.SoftwareAssetRepository;
import vn.dcim.core.report.EquipmentReport.Expiry;
import vn.dcim.core.report.EquipmentReport.Fault;
import vn.dcim.core.report.EquipmentReport.Movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the equipment report from the status history and the audit log, so a report of a past period
 * shows the registry as it was at that period's end, not as it is today.
 */
@Singleton
public class EquipmentReports {
    /** Shown for equipment without an owning agency: the center's own. */
    public static final String OWN = "";

    private final AssetRepository assets;
    private final AssetStatusChangeRepository changes;
    private final AuditEventRepository audit;
    private final SoftwareAssetRepository software;

    public EquipmentReports(AssetRepository assets, AssetStatusChangeRepository changes, AuditEventRepository audit,
                            SoftwareAssetRepository software) {
        this.assets = assets;
        this.changes = changes;
        this.audit = audit;
        this.software = software;
    }

    public EquipmentReport build(ReportPeriod period) {
        Instant start = period.start();
        Instant end = period.end();
        Map<Long, Asset> byId = new HashMap<>();
        assets.findAllOrderById().forEach(a -> byId.put(a.id(), a));

        Map<Long, AssetStatus> statusAtEnd = new HashMap<>();
        Map<Movement, Long> movements = new EnumMap<>(Movement.class);
        for (Movement m : Movement.values()) {
            movements.put(m, 0L);
        }
        List<Fault> faults = new ArrayList<>();
        for (AssetStatusChange c : changes.findByChangedAtLessThanOrderByChangedAt(end)) {
            statusAtEnd.put(c.assetId(), c.toStatus());
            if (c.changedAt().isBefore(start)) {
                continue;
            }
            Movement m = movementOf(c);
            if (m != null) {
                movements.merge(m, 1L, Long::sum);
            }
            Asset a = byId.get(c.assetId());
            if (c.toStatus() == AssetStatus.faulty && a != null && a.criticality() == Criticality.critical) {
                faults.add(new Fault(a.labelCode(), a.name(), c.changedAt(), c.reason()));
            }
        }
        movements.put(Movement.moved, (long) audit.findByEntityTypeAndActionAndOccurredAtGreaterThanEqualsAndOccurredAtLessThan(
                "asset", AssetRegistry.MOVE, start, end).size());

        Map<AssetKind, Long> byKind = new EnumMap<>(AssetKind.class);
        Map<AssetStatus, Long> byStatus = new EnumMap<>(AssetStatus.class);
        Map<String, Long> byAgency = new TreeMap<>();
        statusAtEnd.forEach((id, status) -> {
            Asset a = byId.get(id);
            if (a == null) {
                return;
            }
            byStatus.merge(status, 1L, Long::sum);
            if (status != AssetStatus.disposed) { // disposed equipment is no longer in the inventory
                byKind.merge(a.kind(), 1L, Long::sum);
                byAgency.merge(a.owningAgency() == null ? OWN : a.owningAgency(), 1L, Long::sum);
            }
        });
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();

        ReportPeriod next = period.next();
        List<Expiry> expiries = new ArrayList<>();
        statusAtEnd.forEach((id, status) -> {
            Asset a = byId.get(id);
            if (a != null && status != AssetStatus.disposed && within(a.warrantyEnd(), next)) {
                expiries.add(new Expiry("warranty", a.labelCode(), a.name(), a.warrantyEnd()));
            }
        });
        Map<RiskLevel, Long> byRisk = new EnumMap<>(RiskLevel.class);
        for (RiskLevel r : RiskLevel.values()) {
            byRisk.put(r, 0L);
        }
        for (SoftwareAsset s : software.findAllOrderById()) {
            byRisk.merge(s.riskClass(), 1L, Long::sum);
            if (within(s.licenceExpiry(), next)) {
                expiries.add(new Expiry("licence", s.version(), s.name(), s.licenceExpiry()));
            }
        }
        expiries.sort(Comparator.comparing(Expiry::on).thenComparing(Expiry::name));
        faults.sort(Comparator.comparing(Fault::at));
        return new EquipmentReport(period, total, byKind, byStatus, byAgency, movements, faults, expiries, byRisk);
    }

    private static Movement movementOf(AssetStatusChange c) {
        if (c.fromStatus() == null) {
            return Movement.added;
        }
        return switch (c.toStatus()) {
            case faulty -> Movement.failed;
            case awaiting_disposal -> Movement.awaiting_disposal;
            case disposed -> Movement.disposed;
            case in_service -> c.fromStatus() == AssetStatus.under_repair ? Movement.repaired : null;
            default -> null;
        };
    }

    private static boolean within(LocalDate day, ReportPeriod p) {
        return day != null && !day.isBefore(p.first()) && day.isBefore(p.endExclusive());
    }
}

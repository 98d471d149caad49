package vn.dcim.core.report;

import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.licence.RiskLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The equipment report of Art. 7.2 (quarterly and yearly) with the software part of Art. 18.1:
 * the registry as it stood at the end of the period and what happened during it.
 */
public record EquipmentReport(ReportPeriod period,
                              long total,
                              Map<AssetKind, Long> byKind,
                              Map<AssetStatus, Long> byStatus,
                              Map<String, Long> byAgency,
                              Map<Movement, Long> movements,
                              List<Fault> criticalFaults,
                              List<Expiry> expiries,
                              Map<RiskLevel, Long> softwareByRisk) {

    /** What happened to equipment during the period, in the order the report lists it. */
    public enum Movement {
        added, moved, repaired, failed, awaiting_disposal, disposed
    }

    /** A failure of critical equipment during the period. */
    public record Fault(String labelCode, String name, Instant at, String reason) {
    }

    /** A warranty or a licence that ends in the next period and must be renewed or replaced (Art. 21.1e). */
    public record Expiry(String what, String code, String name, LocalDate on) {
    }
}

package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.dcim.core.asset.AssetKind;

/**
 * A plan for one kind of equipment, one item, or (neither) the whole system. Checklist: one item a line.
 * With {@code everyRunHours} it also falls due when the equipment has run that many hours since its last
 * order, whichever comes first (RunHourPlanner).
 */
@MappedEntity("maintenance_plan")
public record MaintenancePlan(@Id @GeneratedValue @Nullable Long id, String code, String name,
                              @Nullable AssetKind assetKind, @Nullable Long assetId, int everyMonths, int leadDays,
                              String checklist, String article, @Nullable Integer everyRunHours) {
}

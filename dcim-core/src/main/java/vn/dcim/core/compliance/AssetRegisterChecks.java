package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.dcim.core.asset.AssetRecords;
import vn.dcim.core.device.MonitoredDevices;

import static vn.dcim.core.compliance.AssetRegisterCheck.REGISTER;
import static vn.dcim.core.compliance.AssetRegisterCheck.names;
import static vn.dcim.core.compliance.Said.said;

/** The requirements on the asset register, judged at the sites of what is judged, as data ({@link AssetRegisterCheck}). */
@Factory
class AssetRegisterChecks {
    /** QĐ 11/2023 Điều 6 khoản 1: only working equipment in the server rooms (no faulty or awaiting-disposal asset placed in a room or rack). */
    @Singleton
    AssetRegisterCheck equipmentInOperation(AssetRecords assets) {
        return new AssetRegisterCheck("equipment-in-operation", new AssetRegisterCheck.Rule(assets::placed, assets::placedOutOfOrder,
                a -> Evidence.link("compliance.ev.asset-status", "{0} ({1})", "/ui/assets/" + a.id(), a.name(), "enum.asset-status." + a.status().name()),
                REGISTER, said("compliance.s.equipment-in-operation.none", "no asset is placed in a room or rack"),
                placed -> said("compliance.s.equipment-in-operation.ok", "{0} placed asset(s), none faulty or awaiting disposal", placed),
                (wrong, placed) -> said("compliance.s.equipment-in-operation.bad", "{0} faulty or awaiting-disposal asset(s) still in the server rooms: {1}",
                        wrong.size(), names(wrong))));
    }

    /** QĐ 11/2023 Điều 7 khoản 1: every piece of equipment in service is named and carries its asset label. */
    @Singleton
    AssetRegisterCheck equipmentLabelled(AssetRecords assets) {
        return new AssetRegisterCheck("equipment-labelled", new AssetRegisterCheck.Rule(assets::kept, assets::unlabelled,
                a -> Evidence.of(a.name(), "/ui/assets/" + a.id()), REGISTER, said("compliance.s.equipment-labelled.none", "no equipment registered"),
                kept -> said("compliance.s.equipment-labelled.ok", "{0} asset(s), all named and labelled", kept),
                (unlabelled, kept) -> said("compliance.s.equipment-labelled.bad", "{0} of {1} asset(s) without a label: {2}", unlabelled.size(), kept,
                        names(unlabelled))));
    }

    /** QĐ 11/2023 Điều 25 khoản 1: every piece of equipment in service is monitored (has an enabled monitored device). */
    @Singleton
    AssetRegisterCheck everyDeviceMonitored(AssetRecords assets, MonitoredDevices devices) {
        return new AssetRegisterCheck("every-device-monitored", new AssetRegisterCheck.Rule(assets::watchable,
                sites -> assets.unwatched(sites, devices.watchedAssets()), a -> Evidence.of(a.name(), "/ui/assets/" + a.id()),
                Evidence.link("compliance.ev.devices", "devices", "/ui/devices"), said("compliance.s.every-device-monitored.none", "no equipment in service"),
                inService -> said("compliance.s.every-device-monitored.ok", "{0} asset(s) in service, all monitored", inService),
                (unmonitored, inService) -> said("compliance.s.every-device-monitored.bad", "{0} of {1} unmonitored: {2}", unmonitored.size(), inService,
                        names(unmonitored))));
    }
}

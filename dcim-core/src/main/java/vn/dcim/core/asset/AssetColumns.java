package vn.dcim.core.asset;

import java.util.List;

/**
 * The columns of an asset spreadsheet, named as the API fields, in the order exports write them.
 * An export can be edited and imported again; its {@code id} column is ignored on import.
 */
public final class AssetColumns {
    public static final List<String> ALL = List.of("id", "siteId", "roomId", "rackId", "positionU", "heightU", "face",
            "kind", "name", "labelCode", "vendor", "model", "serial", "status", "criticality", "owningAgency",
            "custodian", "purchaseDate", "purchaseValue", "warrantyEnd", "macAddress", "ipAddress", "hostname");

    private AssetColumns() {
    }

    public static List<Object> values(Asset a) {
        return java.util.Arrays.asList(a.id(), a.siteId(), a.roomId(), a.rackId(), a.positionU(), a.heightU(), a.face(),
                a.kind().name(), a.name(), a.labelCode(), a.vendor(), a.model(), a.serial(), a.status().name(),
                a.criticality().name(), a.owningAgency(), a.custodian(), a.purchaseDate(), a.purchaseValue(),
                a.warrantyEnd(), a.macAddress(), a.ipAddress(), a.hostname());
    }
}

package vn.dcim.core.asset;

import vn.dcim.core.site.Places;
import vn.dcim.core.time.CenterTime;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an asset spreadsheet, named as the API fields, in the order exports write them.
 * An export can be edited and imported again; its {@code id} column is ignored on import. The workbook a person
 * opens says the same in their words ({@link #headings}, {@link #shown}); the import reads those back too.
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

    /**
     * The columns' headings in the reader's language ("Mã nhãn"), then where the asset stands by name; {@code l} gives
     * the reader's word for a label key (the report labels: the registry does not depend on reports).
     */
    public static List<String> headings(java.util.function.Function<String, String> l) {
        List<String> out = new ArrayList<>(ALL.stream().map(c -> l.apply("assetcol." + c)).toList());
        out.add(l.apply("assetcol.place"));
        return out;
    }

    /**
     * One asset as a person reads it: kind, status, criticality and face as words, dates dd/MM/yyyy, and where it stands
     * by name ("TTTHDL › Phòng máy chủ › R07 › U12") beside the ids an import needs.
     */
    public static List<Object> shown(Asset a, java.util.function.Function<String, String> l, Places.Lookup places) {
        List<Object> out = new ArrayList<>(values(a));
        out.set(ALL.indexOf("face"), a.face() == null ? null : l.apply("face." + a.face()));
        out.set(ALL.indexOf("kind"), l.apply("kind." + a.kind().name()));
        out.set(ALL.indexOf("status"), l.apply("status." + a.status().name()));
        out.set(ALL.indexOf("criticality"), l.apply("criticality." + a.criticality().name()));
        out.set(ALL.indexOf("purchaseDate"), a.purchaseDate() == null ? null : CenterTime.date(a.purchaseDate()));
        out.set(ALL.indexOf("warrantyEnd"), a.warrantyEnd() == null ? null : CenterTime.date(a.warrantyEnd()));
        out.add(places.of(a.siteId(), a.roomId(), a.rackId(), a.positionU()));
        return out;
    }
}

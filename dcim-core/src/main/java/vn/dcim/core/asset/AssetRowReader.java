package vn.dcim.core.asset;

import vn.dcim.core.error.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Turns a spreadsheet row into a registration command, or names the first cell that is wrong. */
final class AssetRowReader {
    private AssetRowReader() {
    }

    static NewAsset read(ImportRow r) {
        return new NewAsset(required(r, "siteId"), number(r, "roomId", Long::valueOf), number(r, "rackId", Long::valueOf),
                number(r, "positionU", Integer::valueOf), number(r, "heightU", Integer::valueOf), r.cell("face"),
                choice(r, "kind", AssetKind.class, true), required(r, "name"), required(r, "labelCode"),
                r.cell("vendor"), r.cell("model"), r.cell("serial"), choice(r, "status", AssetStatus.class, false),
                choice(r, "criticality", Criticality.class, false), r.cell("owningAgency"), r.cell("custodian"),
                date(r, "purchaseDate"), number(r, "purchaseValue", BigDecimal::new), date(r, "warrantyEnd"),
                r.cell("macAddress"), r.cell("ipAddress"), r.cell("hostname"));
    }

    private static String required(ImportRow r, String column) {
        String v = r.cell(column);
        if (v == null) {
            throw new InvalidInputException(column, column + " is required").explained("error.import.required", column);
        }
        return v;
    }

    private static <T> T number(ImportRow r, String column, Function<String, T> parse) {
        String v = r.cell(column);
        try {
            return v == null ? null : parse.apply(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, "'" + v + "' is not a number").explained("error.import.number", column, v);
        }
    }

    private static LocalDate date(ImportRow r, String column) {
        String v = r.cell(column);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(column, "'" + v + "' is not a date (yyyy-mm-dd)").explained("error.import.date", column, v);
        }
    }

    private static <E extends Enum<E>> E choice(ImportRow r, String column, Class<E> type, boolean required) {
        String v = required ? required(r, column) : r.cell(column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new InvalidInputException(column, "'" + v + "' is not one of " + allowed).explained("error.import.one-of", column, v, allowed);
        }
    }
}

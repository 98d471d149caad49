package vn.dcim.core.asset;

import vn.dcim.core.error.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Turns a spreadsheet row into a registration command, or names every cell that is wrong (a
 * file's errors are reported all at once, not one a row). A kind, status or criticality may be written
 * as its code ("in_service") or as its name in Vietnamese or English ("Đang sử dụng", "In service"), the
 * names the equipment report prints (reports/labels_{vi,en}.properties).
 */
final class AssetRowReader {
    /** The cells of one row that are wrong, each with its column. */
    static final class RowInvalid extends RuntimeException {
        final transient List<InvalidInputException> problems;

        RowInvalid(List<InvalidInputException> problems) {
            super(problems.size() + " invalid cells", null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    private static final Map<String, String> NAMES = names();
    /** A day as the workbook writes it, 25/11/2026 (and as people type it, 5/1/2026). */
    /** dd/MM/yyyy as the workbook writes it; strict, so 31/02 is refused rather than read as the last of February. */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final ImportRow r;
    private final List<InvalidInputException> problems = new ArrayList<>();

    private AssetRowReader(ImportRow r) {
        this.r = r;
    }

    static NewAsset read(ImportRow given) {
        ImportRow row = byField(given);
        AssetRowReader in = new AssetRowReader(row);
        NewAsset asset = new NewAsset(in.required("siteId"), in.number("roomId", Long::valueOf), in.number("rackId", Long::valueOf),
                in.number("positionU", Integer::valueOf), in.number("heightU", Integer::valueOf), in.face(),
                in.choice("kind", AssetKind.class, true), in.required("name"), in.required("labelCode"),
                row.cell("vendor"), row.cell("model"), row.cell("serial"), in.choice("status", AssetStatus.class, false),
                in.choice("criticality", Criticality.class, false), row.cell("owningAgency"), row.cell("custodian"),
                in.date("purchaseDate"), in.number("purchaseValue", AssetRowReader::money), in.date("warrantyEnd"),
                row.cell("macAddress"), row.cell("ipAddress"), row.cell("hostname"));
        if (!in.problems.isEmpty()) {
            throw new RowInvalid(in.problems);
        }
        return asset;
    }

    /** The row with its columns named as the API fields, whether the file heads them so or in words ("Mã nhãn"). */
    private static ImportRow byField(ImportRow row) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        row.cells().forEach((heading, value) -> cells.merge(NAMES.getOrDefault("Column:" + key(heading), heading), value == null ? "" : value,
                (a, b) -> a.isBlank() ? b : a));
        return new ImportRow(row.row(), cells);
    }

    /** The face as written in a workbook ("Mặt trước") or as its code ("front"). */
    private String face() {
        String v = r.cell("face");
        return v == null ? null : NAMES.getOrDefault("Face:" + key(v), v);
    }

    private String required(String column) {
        String v = r.cell(column);
        if (v == null) {
            problem(column, column + " is required", "error.import.required", column);
        }
        return v;
    }

    /** A cell refused, told in the reader's language by the key; the row goes on to its other cells. */
    private void problem(String column, String message, String key, Object... args) {
        problems.add((InvalidInputException) new InvalidInputException(column, message).explained(key, args));
    }

    private <T> T number(String column, Function<String, T> parse) {
        String v = r.cell(column);
        try {
            return v == null ? null : parse.apply(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
        } catch (NumberFormatException e) {
            problem(column, "'" + v + "' is not a number", "error.import.number", column, v);
            return null;
        }
    }

    /** An amount of đồng as exports write it ("250000000.00") or as people do ("250.000.000", "250.000.000 ₫"). */
    private static BigDecimal money(String v) {
        String s = v.replace("₫", "").replace("đ", "").replace("VNĐ", "").replace("VND", "").replaceAll("[\\s\\u00a0]", "");
        if (s.matches("\\d{1,3}([.,]\\d{3}){2,}") || s.matches("\\d{1,3}\\.\\d{3}")) {
            s = s.replaceAll("[.,]", "");
        }
        return new BigDecimal(s);
    }

    private LocalDate date(String column) {
        String v = r.cell(column);
        try {
            return v == null ? null : v.matches("\\d{1,2}/\\d{1,2}/\\d{4}") ? LocalDate.parse(v, DAY) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(column, "'" + v + "' is not a date (yyyy-mm-dd)", "error.import.date", column, v);
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String v = required ? required(column) : r.cell(column);
        if (v == null) {
            return null;
        }
        String code = NAMES.getOrDefault(type.getSimpleName() + ":" + key(v), v.toLowerCase(Locale.ROOT));
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            problem(column, "'" + v + "' is not one of " + allowed, "error.import.one-of", column, v, allowed);
            return null;
        }
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("vi"));
    }

    /** "AssetStatus:đang sử dụng" → "in_service", from the report's names in both languages. */
    private static Map<String, String> names() {
        Map<String, String> out = new HashMap<>();
        for (String lang : List.of("en", "vi")) {
            Properties p = new Properties();
            String resource = "reports/labels_" + lang + ".properties";
            try (InputStream in = AssetRowReader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("missing " + resource);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            add(out, p, "kind.", AssetKind.class);
            add(out, p, "status.", AssetStatus.class);
            add(out, p, "criticality.", Criticality.class);
            for (String column : AssetColumns.ALL) {
                String heading = p.getProperty("assetcol." + column);
                if (heading != null) {
                    out.putIfAbsent("Column:" + key(heading), column);
                }
            }
            for (String face : List.of("front", "rear")) {
                String name = p.getProperty("face." + face);
                if (name != null) {
                    out.putIfAbsent("Face:" + key(name), face);
                }
            }
        }
        return out;
    }

    private static <E extends Enum<E>> void add(Map<String, String> out, Properties p, String prefix, Class<E> type) {
        for (E value : type.getEnumConstants()) {
            String name = p.getProperty(prefix + value.name());
            if (name != null) {
                out.putIfAbsent(type.getSimpleName() + ":" + key(name), value.name());
            }
        }
    }
}

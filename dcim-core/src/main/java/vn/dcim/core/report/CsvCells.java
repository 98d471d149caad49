package vn.dcim.core.report;

import java.util.regex.Pattern;

/**
 * The one place a CSV cell is made safe for a spreadsheet (OWASP "CSV injection"): a text that starts
 * with =, +, -, @, a tab or a carriage return is a formula to Excel and LibreOffice ("=HYPERLINK(…)" in
 * an asset's name would run when the export is opened), so it gets a leading apostrophe, which the
 * spreadsheet shows as text. A plain number (-5, -12.50) is left as it is. {@link #restore} undoes
 * it on import, so an exported file imports back unchanged.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return triggers(cell.charAt(0)) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralise}: an apostrophe before a trigger character is dropped. */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && triggers(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean triggers(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

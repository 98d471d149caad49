package vn.dcim.core.asset;

import java.util.Map;

/** One data row of an import file: its row number as the user's spreadsheet shows it, and its cells by column. */
public record ImportRow(int row, Map<String, String> cells) {
    public String cell(String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }
}

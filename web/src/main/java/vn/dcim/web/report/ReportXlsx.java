package vn.dcim.web.report;

import vn.dcim.core.report.Report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A report as an Excel workbook: a cover sheet, then one sheet per section, named for it, with its title in A1,
 * headings in row 3 and data from row 4, numbers as numbers so that they can be summed, times on the
 * center's wall clock ({@code dd/MM/yyyy HH:mm}).
 */
public final class ReportXlsx {
    private static final int MAX_NAME = 31;
    private static final java.util.regex.Pattern PHRASE_END = java.util.regex.Pattern.compile("\\s*(?:[(—–:;,]|\\s-\\s)");

    private ReportXlsx() {
    }

    /** A workbook the caller fills, as the bytes of its file: every XLSX the product hands out is written here. */
    public static byte[] workbook(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] write(Report report) {
        return workbook(wb -> {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Set<String> named = new HashSet<>();
            Sheet cover = wb.createSheet(sheetName(report.cover(), named));
            text(cover.createRow(0), 0, report.title(), bold);
            text(cover.createRow(1), 0, report.subtitle(), null);
            text(cover.createRow(2), 0, report.generated(), null);
            for (Report.Section s : report.sections()) {
                Sheet sheet = wb.createSheet(sheetName(s.sheet() != null ? s.sheet() : s.title(), named));
                text(sheet.createRow(0), 0, s.title(), bold);
                Row head = sheet.createRow(2);
                for (int i = 0; i < s.headers().size(); i++) {
                    text(head, i, s.headers().get(i), bold);
                }
                int r = 3;
                for (List<Object> values : s.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof Number num) {
                            row.createCell(i).setCellValue(num.doubleValue());
                        } else {
                            text(row, i, report.text(v), null);
                        }
                    }
                }
                for (int i = 0; i < s.headers().size(); i++) {
                    sheet.autoSizeColumn(i);
                }
            }
        });
    }

    /**
     * A sheet named for its content, as Excel allows: at most 31 characters, none of []:*?/\ , and unique in
     * the workbook regardless of case ("… (2)" for a repeated one). A section too long for it names its sheet itself
     * ({@link Report.Section#sheet()}); any other title is cut where a phrase ends (before "(", "—", ",", ";"), since a
     * space may fall inside a Vietnamese word ("trạng thái"), and only at a space when no phrase fits.
     */
    static String sheetName(String title, Set<String> named) {
        String safe = (title == null || title.isBlank() ? "-" : title).replaceAll("[\\[\\]:*?/\\\\\\u0000-\\u001f]", " ")
                .replaceAll("\\s+", " ").strip().replaceAll("^'+|'+$", "");
        safe = safe.isEmpty() ? "-" : safe;
        String name = cut(safe, MAX_NAME);
        for (int n = 2; !named.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(safe, MAX_NAME - suffix.length()) + suffix;
        }
        return name;
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        java.util.regex.Matcher phrase = PHRASE_END.matcher(text);
        int end = -1;
        while (phrase.find() && phrase.start() <= max) {
            end = phrase.start();
        }
        if (end > max / 3) {
            return text.substring(0, end).strip();
        }
        int space = text.lastIndexOf(' ', max);
        return (space > max / 2 ? text.substring(0, space) : text.substring(0, max)).replaceAll("[\\s,.;:'-]+$", "");
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}

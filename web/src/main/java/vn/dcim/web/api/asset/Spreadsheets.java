package vn.dcim.web.api.asset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dcim.core.asset.ImportRow;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.report.CsvCells;
import vn.dcim.web.report.ReportXlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the tables users keep in Excel: CSV (RFC 4180, UTF-8) and XLSX. */
public final class Spreadsheets {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Spreadsheets() {
    }

    /** XLSX when the bytes are a ZIP (as every .xlsx is), CSV otherwise. Row numbers are the spreadsheet's. */
    public static List<ImportRow> read(byte[] bytes) {
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            return readXlsx(bytes);
        }
        return readCsv(new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
    }

    public static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(header));
        rows.forEach(r -> line(out, r));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[UTF8_BOM.length + text.length]; // the BOM makes Excel read Vietnamese as UTF-8
        System.arraycopy(UTF8_BOM, 0, all, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, all, UTF8_BOM.length, text.length);
        return all;
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        return ReportXlsx.workbook(wb -> {
            Sheet sheet = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            // money as a number Excel sums, shown "250.000.000 ₫" or "250,000,000 ₫" as the reader's Excel groups digits
            org.apache.poi.ss.usermodel.CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0 \"₫\""));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof BigDecimal amount) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        // a string cell, never a formula: "=HYPERLINK(…)" stays text in Excel
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
        });
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            // an amount without the database's ".00": 250000000, as a spreadsheet reads it back
            String s = v == null ? "" : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : CsvCells.neutralise(v.toString());
            out.append(s.matches(".*[\",\r\n].*") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        out.append("\r\n");
    }

    private static List<ImportRow> readXlsx(byte[] bytes) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<String> header = null;
            List<ImportRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), format));
                }
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(new ImportRow(row.getRowNum() + 1, zip(header, cells)));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "not a readable XLSX workbook: " + e.getMessage()).explained("error.import.xlsx");
        }
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return format.formatCellValue(cell);
    }

    private static List<ImportRow> readCsv(String text) {
        List<List<String>> records = parseCsv(text);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().anyMatch(s -> !s.isBlank())) {
                rows.add(new ImportRow(i + 1, zip(header, cells)));
            }
        }
        return rows;
    }

    /** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(CsvCells.restore(cell.toString()));
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(CsvCells.restore(cell.toString()));
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new InvalidInputException("file", "the CSV ends inside a quoted cell").explained("error.import.csv-quote");
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(CsvCells.restore(cell.toString()));
            records.add(record);
        }
        return records;
    }

    private static Map<String, String> zip(List<String> header, List<String> cells) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            m.put(header.get(c).trim(), c < cells.size() ? cells.get(c) : "");
        }
        return m;
    }
}

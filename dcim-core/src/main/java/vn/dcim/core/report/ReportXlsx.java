package vn.dcim.core.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A report as an Excel workbook: a cover sheet, then one sheet per section with its title in A1,
 * headings in row 3 and data from row 4, numbers as numbers so that they can be summed, times on the
 * center's wall clock ({@code dd/MM/yyyy HH:mm}).
 */
public final class ReportXlsx {
    private ReportXlsx() {
    }

    public static byte[] write(Report report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet cover = wb.createSheet(WorkbookUtil.createSafeSheetName("0"));
            text(cover.createRow(0), 0, report.title(), bold);
            text(cover.createRow(1), 0, report.subtitle(), null);
            text(cover.createRow(2), 0, report.generated(), null);
            int n = 1;
            for (Report.Section s : report.sections()) {
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(String.valueOf(n++)));
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
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}

package vn.dcim.web.api.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dcim.web.pdf.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes report tables. XLSX: one sheet per table, row 1 the report heading, row 2 the column
 * headings, data from row 3. PDF: the same tables one after the other on A4.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    static byte[] xlsx(String heading, List<ReportTable> tables) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTable table : tables) {
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                sheet.createRow(0).createCell(0).setCellValue(heading + " – " + table.title());
                sheet.getRow(0).getCell(0).setCellStyle(bold);
                Row head = sheet.createRow(1);
                for (int c = 0; c < table.headers().size(); c++) {
                    head.createCell(c).setCellValue(table.headers().get(c));
                    head.getCell(c).setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 2);
                    List<Object> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        if (values.get(c) instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(String.valueOf(values.get(c)));
                        }
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 24 * 256);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(String heading, List<ReportTable> tables) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfTables(doc, PdfFonts.regular(doc), PdfFonts.bold(doc)).write(heading, tables);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A simple flowing layout: headings, then rows in columns that share the page width. */
    private static final class PdfTables {
        private static final float MARGIN = 40;
        private final PDDocument doc;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream cs;
        private float y;

        PdfTables(PDDocument doc, PDFont regular, PDFont bold) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
        }

        void write(String heading, List<ReportTable> tables) throws IOException {
            newPage();
            line(bold, 12, MARGIN, fit(heading, bold, 12, PDRectangle.A4.getWidth() - 2 * MARGIN));
            y -= 8;
            for (ReportTable table : tables) {
                room(60);
                line(bold, 11, MARGIN, table.title());
                row(bold, table.headers());
                for (List<Object> r : table.rows()) {
                    room(16);
                    row(regular, r.stream().map(String::valueOf).toList());
                }
                y -= 10;
            }
            cs.close();
        }

        private void row(PDFont font, List<String> cells) throws IOException {
            float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / cells.size();
            for (int c = 0; c < cells.size(); c++) {
                text(font, 9, MARGIN + c * width, fit(cells.get(c), font, 9, width - 6));
            }
            y -= 13;
        }

        private void line(PDFont font, float size, float x, String s) throws IOException {
            text(font, size, x, s);
            y -= size + 6;
        }

        private void text(PDFont font, float size, float x, String s) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        }

        private String fit(String s, PDFont font, float size, float width) throws IOException {
            String cut = s;
            while (cut.length() > 1 && font.getStringWidth(cut) / 1000 * size > width) {
                cut = cut.substring(0, cut.length() - 2) + "…";
            }
            return cut;
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                cs.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }
}

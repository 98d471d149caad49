package vn.dcim.web.report;

import vn.dcim.core.report.Report;
import vn.dcim.web.pdf.PdfFonts;
import vn.dcim.web.pdf.PdfPages;
import vn.dcim.web.pdf.PdfText;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as a landscape A4 PDF with each section as a ruled table. DejaVu Sans (bundled, free
 * licence) is embedded so that Vietnamese headings print on any machine. A cell longer than its column
 * wraps onto as many lines as it needs (the row grows); nothing is cut off, so an auditor reads every word.
 */
public final class ReportPdf {
    private static final float MARGIN = 36;
    private static final float ROW = 14;
    private static final float LINE = 10;
    private static final float SIZE = 8;

    private final PDDocument doc;
    private Report report;
    private final PdfText pdfText = new PdfText();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream out;
    private float y;

    private ReportPdf(PDDocument doc) {
        this.doc = doc;
        this.regular = PdfFonts.regular(doc);
        this.bold = PdfFonts.bold(doc);
    }

    public static byte[] write(Report report) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ReportPdf pdf = new ReportPdf(doc);
            pdf.report = report;
            pdf.newPage();
            pdf.line(report.title(), pdf.bold, 13);
            pdf.line(report.subtitle(), pdf.regular, 9);
            pdf.line(report.generated(), pdf.regular, 8);
            for (Report.Section s : report.sections()) {
                pdf.section(s);
            }
            pdf.out.close();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void section(Report.Section s) throws IOException {
        y -= 8;
        if (y < MARGIN + 3 * ROW) {
            newPage();
        }
        line(s.title(), bold, 10);
        float width = PDRectangle.A4.getHeight() - 2 * MARGIN;
        float[] cols = widths(s, width);
        List<Object> headers = s.headers().stream().map(h -> (Object) h).toList();
        row(cells(headers, cols, bold), cols, bold);
        for (List<Object> r : s.rows()) {
            List<List<String>> cells = cells(r, cols, regular);
            if (y - height(cells) < MARGIN) {
                newPage();
                row(cells(headers, cols, bold), cols, bold);
            }
            row(cells, cols, regular);
        }
    }

    /** Column widths in proportion to the longest text of each column, at least a number's width. */
    private static float[] widths(Report.Section s, float total) {
        int n = s.headers().size();
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.max(4, Math.min(40, s.headers().get(i).length()));
            for (List<Object> r : s.rows()) {
                w[i] = Math.max(w[i], Math.min(40, String.valueOf(r.get(i)).length()));
            }
        }
        float sum = 0;
        for (float v : w) {
            sum += v;
        }
        for (int i = 0; i < n; i++) {
            w[i] = w[i] / sum * total;
        }
        return w;
    }

    /** One ruled row as tall as its longest cell; {@code y} is the baseline of the first line. */
    private void row(List<List<String>> cells, float[] cols, PDType0Font font) throws IOException {
        float height = height(cells);
        float x = MARGIN;
        for (int i = 0; i < cols.length; i++) {
            out.addRect(x, y + ROW - 3 - height, cols[i], height);
            float line = y + 1;
            for (String text : cells.get(i)) {
                PdfText.show(out, font, SIZE, x + 2, line, text);
                line -= LINE;
            }
            x += cols[i];
        }
        out.stroke();
        y -= height;
    }

    private List<List<String>> cells(List<Object> values, float[] cols, PDType0Font font) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
            cells.add(pdfText.wrap(pdfText.printable(report.text(i < values.size() ? values.get(i) : null), font), font, SIZE, cols[i] - 4));
        }
        return cells;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return ROW + (lines - 1) * LINE;
    }

    private void line(String text, PDType0Font font, float size) throws IOException {
        PdfText.show(out, font, size, MARGIN, y, pdfText.printable(text, font));
        y -= size + 6;
    }

    private void newPage() throws IOException {
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        out = PdfPages.next(doc, out, landscape);
        out.setLineWidth(0.3f);
        y = landscape.getHeight() - MARGIN;
    }
}

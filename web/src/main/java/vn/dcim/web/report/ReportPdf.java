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
    /** A cell's inner margins, left and right. */
    private static final float PAD = 4;
    /** The widest a column asks for, about 40 characters; a longer text wraps. */
    private static final float LONGEST = 170;

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

    /**
     * Column widths from what the columns hold, measured in the font: each column at least as wide as its widest word
     * (a heading such as "PUE" or a number is never broken inside), the rest of the page shared in proportion to how
     * much more each column's longest text wants (at most {@link #LONGEST} of it: long sentences wrap).
     */
    private float[] widths(Report.Section s, float total) throws IOException {
        int n = s.headers().size();
        float[] least = new float[n];
        float[] wanted = new float[n];
        for (int i = 0; i < n; i++) {
            measure(s.headers().get(i), bold, least, wanted, i);
            for (List<Object> r : s.rows()) {
                measure(report.text(i < r.size() ? r.get(i) : null), regular, least, wanted, i);
            }
        }
        float floor = 0;
        float more = 0;
        for (int i = 0; i < n; i++) {
            least[i] = Math.min(least[i], total / n);
            wanted[i] = Math.max(wanted[i], least[i]);
            floor += least[i];
            more += wanted[i] - least[i];
        }
        float spare = total - floor;
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = least[i] + (more == 0 ? spare / n : spare * (wanted[i] - least[i]) / more);
        }
        return w;
    }

    /** Widens column {@code i}'s least width to the text's widest word and its wanted width to the text's longest line. */
    private void measure(String text, PDType0Font font, float[] least, float[] wanted, int i) throws IOException {
        String shown = pdfText.printable(text == null ? "" : text, font);
        for (String line : shown.split("\\n")) {
            wanted[i] = Math.max(wanted[i], Math.min(LONGEST, pdfText.width(line, font, SIZE)) + PAD);
            for (String word : line.split(" +")) {
                least[i] = Math.max(least[i], pdfText.width(word, font, SIZE) + PAD);
            }
        }
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

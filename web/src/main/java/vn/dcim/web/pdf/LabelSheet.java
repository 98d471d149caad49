package vn.dcim.web.pdf;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Writes asset labels (Art. 7.1): the state-asset label code, the name and a QR code of the asset's page. */
public final class LabelSheet {
    private static final float MM = 72f / 25.4f;

    /** One label: what is printed, and the URL the QR code opens. */
    public record Label(String code, String name, String url) {
    }

    private LabelSheet() {
    }

    public static byte[] render(List<Label> labels, LabelSize size) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont bold = PdfFonts.bold(doc);
            PDFont regular = PdfFonts.regular(doc);
            int perPage = size.stock.columns() * size.stock.rows();
            if (labels.isEmpty()) {
                doc.addPage(page(size));
            }
            for (int start = 0; start < labels.size(); start += perPage) {
                PDPage page = page(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = start; i < Math.min(start + perPage, labels.size()); i++) {
                        int slot = i - start;
                        float x = (size.stock.marginX() + (slot % size.stock.columns()) * size.stock.width()) * MM;
                        float yTop = (size.stock.pageHeight() - size.stock.marginY() - (slot / size.stock.columns()) * size.stock.height()) * MM;
                        draw(cs, labels.get(i), x, yTop, size, bold, regular);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPage page(LabelSize size) {
        return new PDPage(new PDRectangle(size.stock.pageWidth() * MM, size.stock.pageHeight() * MM));
    }

    private static void draw(PDPageContentStream cs, Label label, float x, float yTop, LabelSize size,
                             PDFont bold, PDFont regular) throws IOException {
        float pad = 2 * MM;
        float qrSide = size.stock.height() * MM - 2 * pad;
        qr(cs, label.url(), x + pad, yTop - pad - qrSide, qrSide);
        float textX = x + pad + qrSide + pad;
        float textWidth = size.stock.width() * MM - (textX - x) - pad;
        float codeSize = fit(bold, label.code(), textWidth, 11);
        PdfText.show(cs, bold, codeSize, textX, yTop - pad - codeSize, label.code());
        float nameSize = 7.5f;
        float y = yTop - pad - codeSize - 3 - nameSize;
        for (String line : wrap(regular, label.name(), nameSize, textWidth, 4)) {
            PdfText.show(cs, regular, nameSize, textX, y, line);
            y -= nameSize * 1.25f;
        }
    }

    /** Vector QR modules: sharp at any printer resolution. */
    private static void qr(PDPageContentStream cs, String text, float x, float y, float side) throws IOException {
        BitMatrix m = ReadableQrCode.encode(text);
        float cell = side / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cs.addRect(x + col * cell, y + side - (row + 1) * cell, cell, cell);
                }
            }
        }
        cs.fill();
    }

    private static float fit(PDFont font, String text, float width, float preferred) throws IOException {
        float w = font.getStringWidth(text) / 1000 * preferred;
        return w <= width ? preferred : Math.max(5, preferred * width / w);
    }

    private static List<String> wrap(PDFont font, String text, float size, float width, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            // a label's wrapped text cut to the lines it has room for (not a page of results)
            List<String> cut = lines.stream().limit(maxLines).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
            return cut;
        }
        return lines;
    }
}

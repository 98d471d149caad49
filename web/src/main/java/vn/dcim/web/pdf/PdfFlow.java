package vn.dcim.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;

/**
 * Text flowing down A4 pages between margins, as a letter or a log reads: each paragraph wrapped at the right
 * margin, a new page where the bottom margin is reached. What a document draws besides text (a picture, a rule)
 * it draws at {@link #y} on {@link #page()} and moves {@link #y} down itself.
 */
final class PdfFlow {
    static final float MARGIN = 42;
    static final float LEADING = 12;

    private final PDDocument doc;
    private final PdfText pdfText = new PdfText();
    private PDPageContentStream out;
    /** Where the next line goes, from the page's bottom. */
    float y;

    PdfFlow(PDDocument doc) {
        this.doc = doc;
    }

    /** Writes {@code s} from the left margin plus {@code indent}, wrapping at the right margin; a line break starts a new line. */
    void text(String s, PDType0Font font, float size, float indent) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String paragraph : PdfText.LINE_BREAK.split(s, -1)) {
            for (String line : pdfText.wrap(pdfText.printable(paragraph, font), font, size, width)) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                PdfText.show(out, font, size, MARGIN + indent, y, line);
                y -= Math.max(LEADING, size + 3);
            }
        }
    }

    /** A new page when fewer than {@code lines} lines are left on this one (a block that should not be split). */
    void keepLines(int lines) throws IOException {
        if (y < MARGIN + lines * LEADING) {
            newPage();
        }
    }

    void newPage() throws IOException {
        out = PdfPages.next(doc, out, PDRectangle.A4);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    PDPageContentStream page() {
        return out;
    }

    /** Ends the last page: before the document is saved. */
    void finish() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}

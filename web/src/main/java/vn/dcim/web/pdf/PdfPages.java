package vn.dcim.web.pdf;

import io.micronaut.core.annotation.Nullable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;

/** The documents that run over several pages (the report, the operation log, the stock-take record) turn the page here. */
public final class PdfPages {
    private PdfPages() {
    }

    /** Closes the page being written, if any, adds a new page of {@code size} and answers the stream that writes it. */
    public static PDPageContentStream next(PDDocument doc, @Nullable PDPageContentStream current, PDRectangle size) throws IOException {
        if (current != null) {
            current.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }
}

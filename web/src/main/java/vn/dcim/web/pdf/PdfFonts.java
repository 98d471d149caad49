package vn.dcim.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Unicode fonts PDFs are written with. The standard 14 PDF fonts have no Vietnamese letters
 * (ơ, ư, ạ, ế …), so DejaVu Sans (Bitstream Vera licence, see fonts/DejaVu-LICENSE.txt) ships in the jar
 * and is embedded as a subset.
 */
public final class PdfFonts {
    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument doc) {
        return load(doc, "fonts/DejaVuSans.ttf");
    }

    public static PDType0Font bold(PDDocument doc) {
        return load(doc, "fonts/DejaVuSans-Bold.ttf");
    }

    private static PDType0Font load(PDDocument doc, String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return PDType0Font.load(doc, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

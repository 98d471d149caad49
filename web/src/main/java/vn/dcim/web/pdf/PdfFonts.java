package vn.dcim.web.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Unicode fonts PDFs are written with. The standard 14 PDF fonts have no Vietnamese letters
 * (ơ, ư, ạ, ế …), so DejaVu Sans (Bitstream Vera licence, see fonts/DejaVu-LICENSE.txt) ships in the jar
 * and is embedded as a subset.
 */
public final class PdfFonts {
    /**
     * The font files, read from the jar once: every report read and inflated about 1.4 MB again. Only the bytes
     * are kept: PDFBox reads a parsed font lazily from one shared stream, so a parsed font is not shared between
     * documents printed at the same time; each document parses its own from these bytes.
     */
    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument doc) {
        return load(doc, REGULAR);
    }

    public static PDType0Font bold(PDDocument doc) {
        return load(doc, BOLD);
    }

    private static PDType0Font load(PDDocument doc, byte[] font) {
        try {
            return PDType0Font.load(doc, new ByteArrayInputStream(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

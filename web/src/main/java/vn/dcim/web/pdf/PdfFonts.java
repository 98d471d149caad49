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
    /** The glyph substitution table's tag, and the one it is renamed to: a tag no reader looks for. */
    private static final int GSUB = tag("GSUB");
    private static final int UNUSED = tag("gsux");
    /**
     * The font files, read from the jar once: every report read and inflated about 1.4 MB again. Only the bytes
     * are kept: PDFBox reads a parsed font lazily from one shared stream, so a parsed font is not shared between
     * documents printed at the same time; each document parses its own from these bytes.
     */
    private static final byte[] REGULAR = withoutSubstitutions(read("fonts/DejaVuSans.ttf"));
    private static final byte[] BOLD = withoutSubstitutions(read("fonts/DejaVuSans-Bold.ttf"));

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

    /**
     * The font without its glyph substitution table (GSUB). PDFBox applies that table to every piece of text drawn
     * and rebuilds a regular expression from it at each call: a third of the time of printing a report. For DejaVu
     * Sans all it changes in our text is the fi, fl, ffi and ffl ligatures; without them every character is its own
     * glyph, drawn exactly as wide as {@link PdfText#wrap} measured it, and text copied out of a PDF is the text
     * printed. The table is renamed in the font's table directory, so PDFBox does not find it; the subset embedded
     * in a document never held it.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (b.getInt(entry) == GSUB) {
                b.putInt(entry, UNUSED);
            }
        }
        return font;
    }

    private static int tag(String tag) {
        return tag.charAt(0) << 24 | tag.charAt(1) << 16 | tag.charAt(2) << 8 | tag.charAt(3);
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

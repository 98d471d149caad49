package vn.dcim.web.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text as a PDF page can hold it (the report and the operation log): the characters the embedded font
 * draws, and lines no wider than a column. One per document: it remembers which characters each font has.
 * {@link #show} writes one line at its place, for every document the product prints.
 */
public final class PdfText {
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();

    /**
     * The text with a line break kept, any other control character a space, and every character the font
     * cannot draw (a symbol such as ⏸ in a check's sentence) a "?": one odd character never costs the whole document.
     */
    public String printable(String text, PDType0Font font) {
        Map<Integer, Boolean> known = drawable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append('\n');
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canDraw(font, c))) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    /**
     * The text cut into lines no wider than {@code width} at font size {@code size}: at spaces where it can,
     * inside a word only when the word alone is wider than the line (an address, a hash). Line breaks are kept.
     */
    public static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\r?\\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes {@code line} in {@code font} at {@code size}, starting at {@code x} on the baseline {@code y}. */
    public static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String line) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(line);
        out.endText();
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static boolean canDraw(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

package vn.dcim.web.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text as a PDF page can hold it (the report and the operation log): the characters the embedded font
 * draws, and lines no wider than a column. One per document: it remembers which characters each font has.
 * {@link #show} writes one line at its place, for every document the product prints.
 */
public final class PdfText {
    /** Compiled once: {@code String.split} with a pattern compiles it again at every call, here every line drawn. */
    static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");
    private static final Pattern SPACES = Pattern.compile(" +");
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();
    private final Map<PDType0Font, Map<Integer, Float>> widths = new HashMap<>();

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
     *
     * <p>A string's width is the sum of its characters' (PDFBox applies no kerning), so each character is measured
     * once per document and a line grows by a word's width: the compliance report's ~180 rows of sentences were
     * measured again from their first word at every word, and from their end at every character of a long word.
     */
    public List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        float limit = width * 1000 / size;
        List<String> lines = new ArrayList<>();
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            StringBuilder line = new StringBuilder();
            float lineUnits = 0;
            for (String word : SPACES.split(paragraph)) {
                float wordUnits = units(word, font);
                float candidate = line.isEmpty() ? wordUnits : lineUnits + units(" ", font) + wordUnits;
                if (candidate <= limit) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineUnits = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                float restUnits = wordUnits;
                while (restUnits > limit && rest.codePointCount(0, rest.length()) > 1) {
                    int cut = fittingPrefix(rest, font, limit);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                    restUnits = units(rest, font);
                }
                line.append(rest);
                lineUnits = restUnits;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The length of the longest start of {@code word} no wider than {@code limit}, at least one character. */
    private int fittingPrefix(String word, PDType0Font font, float limit) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        float units = units(word.substring(0, end), font);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            float more = units + units(word.substring(end, next), font);
            if (more > limit) {
                break;
            }
            units = more;
            end = next;
        }
        return end;
    }

    /** The width of {@code text} in points at font size {@code size}, as {@link #wrap} measures it. */
    public float width(String text, PDType0Font font, float size) throws IOException {
        return units(text, font) * size / 1000;
    }

    /** The width of {@code text} in the font's units (thousandths of the font size). */
    private float units(String text, PDType0Font font) throws IOException {
        Map<Integer, Float> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Float w = known.get(cp);
            if (w == null) {
                w = font.getStringWidth(new String(Character.toChars(cp)));
                known.put(cp, w);
            }
            units += w;
            i += Character.charCount(cp);
        }
        return units;
    }

    /** Writes {@code line} in {@code font} at {@code size}, starting at {@code x} on the baseline {@code y}. */
    public static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String line) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(line);
        out.endText();
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

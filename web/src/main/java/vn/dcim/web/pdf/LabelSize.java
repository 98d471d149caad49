package vn.dcim.web.pdf;

import vn.dcim.core.error.InvalidInputException;

/**
 * Label stock: an A4 sheet of 3 × 8 labels of 70 × 37 mm, or one 62 × 29 mm label per page as
 * label printers (Brother DK-11209 and alike) take them. Sizes in mm.
 */
public enum LabelSize {
    a4(new Stock(210, 297, 70, 37, 3, 8, 0, 0.5f)),
    l62x29(new Stock(62, 29, 62, 29, 1, 1, 0, 0));

    /** A page of {@code columns} × {@code rows} labels of {@code width} × {@code height}, set in from its corner by the margins. */
    record Stock(float pageWidth, float pageHeight, float width, float height, int columns, int rows, float marginX, float marginY) {
    }

    final Stock stock;

    LabelSize(Stock stock) {
        this.stock = stock;
    }

    /** "a4" or "62x29" as the API takes it. */
    public static LabelSize parse(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("a4")) {
            return a4;
        }
        if (value.equalsIgnoreCase("62x29")) {
            return l62x29;
        }
        throw new IllegalArgumentException("size is a4 or 62x29");
    }

    /**
     * The size a label request asks for ({@code ?size=}): both label sheets (assets, cables) refuse an unknown
     * size the same way, naming the field with the explanation the operators read.
     */
    public static LabelSize asked(String size) {
        try {
            return parse(size);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("size", e.getMessage()).explained("error.label.size");
        }
    }
}

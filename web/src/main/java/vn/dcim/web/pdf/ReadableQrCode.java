package vn.dcim.web.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.EnumMap;
import java.util.Map;

/**
 * A QR code that ZXing, the decoder inside many scanner apps, can read back. About one symbol in a
 * hundred that ZXing itself encodes is one its finder-pattern search misses at every size; such a
 * label would scan on some phones and not on others. The encoder's own mask choice is tried first,
 * then the other seven masks, each checked by decoding it at a few module sizes.
 */
public final class ReadableQrCode {
    private static final int QUIET_ZONE_MODULES = 4;
    private static final int[] CHECKED_PIXELS_PER_MODULE = {3, 5, 8};

    private ReadableQrCode() {
    }

    /** The code as an SVG image, for a screen (e.g. the authenticator app's enrolment). */
    public static String svg(String text) {
        BitMatrix m = encode(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" width=\"220\" height=\"220\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    static BitMatrix encode(String text) {
        BitMatrix first = encode(text, null);
        if (readable(first, text)) {
            return first;
        }
        for (int mask = 0; mask < 8; mask++) {
            BitMatrix candidate = encode(text, mask);
            if (readable(candidate, text)) {
                return candidate;
            }
        }
        return first;
    }

    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
        }
    }

    private static boolean readable(BitMatrix m, String text) {
        for (int scale : CHECKED_PIXELS_PER_MODULE) {
            if (!text.equals(decode(m, scale))) {
                return false;
            }
        }
        return true;
    }

    private static String decode(BitMatrix m, int scale) {
        int width = m.getWidth() * scale;
        int height = m.getHeight() * scale;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(width, height, pixels))), hints).getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}

package vn.dcim.web.api.stocktake;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import vn.dcim.core.error.InvalidInputException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** Reads a QR (or other barcode) from a photo on the server, for phones whose browser cannot scan live. */
final class PhotoCodes {
    private static final int MAX_PIXELS = 40_000_000;

    private PhotoCodes() {
    }

    static String read(byte[] bytes) {
        return find(bytes).orElseThrow(() -> new InvalidInputException("image", "no code found in the photo")
                .explained("error.stocktake.photo-no-code"));
    }

    /** The code in the image, or empty when it shows none; an image that cannot be read is refused. */
    static Optional<String> find(byte[] bytes) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw new InvalidInputException("image", "the body is not a JPEG or PNG photo").explained("error.stocktake.photo-unreadable");
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}

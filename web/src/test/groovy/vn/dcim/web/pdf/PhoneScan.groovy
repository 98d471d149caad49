package vn.dcim.web.pdf

import com.google.zxing.BinaryBitmap
import com.google.zxing.MultiFormatReader
import com.google.zxing.client.j2se.BufferedImageLuminanceSource
import com.google.zxing.common.HybridBinarizer
import org.apache.pdfbox.Loader
import org.apache.pdfbox.rendering.PDFRenderer

/**
 * Reads a printed label as a crew's phone does: the camera frames the one label, not the whole sheet.
 * A plain ZXing scan of a whole A4 page samples one pixel row in (3/4 · height / 97): at 200 dpi one
 * row in 18, which steps over a finder pattern of 7-pixel modules about once in three thousand codes
 * (http://dcim.local:25005/ui/assets/72854 is one), a miss of the scan, not of the label.
 */
class PhoneScan {

    /** The text of the QR code on the first label of the sheet, rendered at {@code dpi}. */
    static String firstLabel(byte[] pdf, LabelSize size, int dpi) {
        def page = Loader.loadPDF(pdf).withCloseable { new PDFRenderer(it).renderImageWithDPI(0, dpi) }
        def pixels = { float mm -> Math.round(mm * dpi / 25.4f) as int }
        int x = pixels(size.stock.marginX())
        int y = pixels(size.stock.marginY())
        def label = page.getSubimage(x, y, Math.min(pixels(size.stock.width()), page.width - x), Math.min(pixels(size.stock.height()), page.height - y))
        new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(label)))).text
    }
}

package vn.dcim.web.pdf

import com.google.zxing.BinaryBitmap
import com.google.zxing.MultiFormatReader
import com.google.zxing.client.j2se.BufferedImageLuminanceSource
import com.google.zxing.common.HybridBinarizer
import org.apache.pdfbox.Loader
import org.apache.pdfbox.rendering.PDFRenderer
import spock.lang.Specification

class LabelQrCodeSpec extends Specification {

    def "a label's QR code is read back by ZXing even where ZXing's own first choice of mask is not (#url at #dpi dpi)"() {
        given: 'an asset URL whose QR code with the mask ZXing picks is missed by its own decoder at every size'
        byte[] pdf = LabelSheet.render([new LabelSheet.Label('YB-000163', 'Máy chủ ứng dụng', url)], size)

        when: 'the printed sheet is scanned'
        def image = Loader.loadPDF(pdf).withCloseable { new PDFRenderer(it).renderImageWithDPI(0, dpi) }
        def scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).text

        then:
        scanned == url

        where:
        url                                       | size             | dpi
        'http://localhost:31511/ui/assets/163'    | LabelSize.a4     | 200
        'http://localhost:31511/ui/assets/163'    | LabelSize.a4     | 300
        'http://localhost:35307/ui/assets/158'    | LabelSize.a4     | 200
        'http://localhost:52939/ui/assets/9'      | LabelSize.l62x29 | 300
        'http://dcim.ttdl.example.vn/ui/assets/1' | LabelSize.l62x29 | 200
    }
}

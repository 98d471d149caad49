package vn.dcim.web.api.asset

import com.google.zxing.BinaryBitmap
import com.google.zxing.DecodeHintType
import com.google.zxing.MultiFormatReader
import com.google.zxing.client.j2se.BufferedImageLuminanceSource
import com.google.zxing.common.HybridBinarizer
import com.google.zxing.multi.GenericMultipleBarcodeReader
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.rendering.PDFRenderer
import org.apache.pdfbox.text.PDFTextStripper
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

@MicronautTest(transactional = false)
class AssetLabelApiSpec extends MariaDbSpec {
    @Inject @Client('/') HttpClient client
    @Inject EmbeddedServer server
    @Inject Places places

    Places.Placement at

    def setup() {
        at = places.rackedSite('lbl-', 'R1', 'TTTHDL', 'Lạng Sơn', null)
    }

    Map asset(String name, int u) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/assets', [siteId: at.siteId, kind: 'server', name: name,
                labelCode: 'LS-' + UUID.randomUUID().toString().take(8).toUpperCase(), rackId: at.rack.id(), positionU: u]), Map)
    }

    byte[] pdf(String query) {
        client.toBlocking().retrieve(HttpRequest.GET("/api/assets/labels.pdf?${query}"), byte[])
    }

    static List<String> qrCodes(byte[] bytes, int pageIndex = 0) {
        Loader.loadPDF(bytes).withCloseable { doc ->
            def image = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 200)
            def bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))
            new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(bitmap, [(DecodeHintType.TRY_HARDER): true])*.text
        }
    }

    def "a label carries the code, the Vietnamese name and a QR code that opens the asset page"() {
        given:
        def a = asset('Máy chủ cơ sở dữ liệu Sở Y tế', 5)

        when:
        def bytes = pdf("ids=${a.id}")
        def text = Loader.loadPDF(bytes).withCloseable { new PDFTextStripper().getText(it) }

        then:
        text.contains(a.labelCode as String)
        text.contains('Máy chủ cơ sở dữ liệu')
        qrCodes(bytes) == ["http://localhost:${server.port}/ui/assets/${a.id}".toString()]
    }

    def "a rack's labels fit on one A4 sheet; the label-printer size puts one label on a 62 × 29 mm page"() {
        given:
        def first = asset('Máy chủ 1', 1)
        def second = asset('Máy chủ 2', 3)

        when:
        def a4 = Loader.loadPDF(pdf("rack=${at.rack.id()}"))
        def roll = Loader.loadPDF(pdf("rack=${at.rack.id()}&size=62x29"))
        def rollCodes = (0..1).collect { qrCodes(pdf("rack=${at.rack.id()}&size=62x29"), it) }.flatten()

        then:
        a4.numberOfPages == 1
        Math.round(a4.getPage(0).mediaBox.width / 72 * 25.4) == 210
        roll.numberOfPages == 2
        Math.round(roll.getPage(0).mediaBox.width / 72 * 25.4) == 62
        Math.round(roll.getPage(0).mediaBox.height / 72 * 25.4) == 29
        rollCodes as Set == [first.id, second.id].collect { "http://localhost:${server.port}/ui/assets/${it}".toString() } as Set

        cleanup:
        a4?.close()
        roll?.close()
    }

    def "a bad #field answers 422 naming it"() {
        when:
        pdf(query)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        e.response.getBody(Map).get().fields*.field == [field]

        where:
        query               || field
        'ids=1,x'           || 'ids'
        'ids=1&size=a3'     || 'size'
        'ids=999999999'     || 'ids'
    }
}

package vn.dcim.web.api.personal

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject
import org.apache.pdfbox.text.PDFTextStripper
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.account.Role
import vn.dcim.core.audit.AuditLog
import vn.dcim.core.personal.FacePictures
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.TestUsers

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

/**
 * The document a centre hands to a person on their request, read back as text: Vietnamese headings, who asked, the
 * legal basis, the kinds held with their counts, each access event at its time on the centre's clock (dd/MM/yyyy
 * HH:mm), the pictures listed and printed only when the supervisor asks for them, each printed one an audited reading.
 */
@MicronautTest(transactional = false)
class SubjectRecordsPdfSpec extends MariaDbSpec {
    @Inject @Client('/') HttpClient client
    @Inject TestUsers users
    @Inject AccessLog accessLog
    @Inject FacePictures pictures
    @Inject AuditLog audit
    @Inject Clock clock

    def "the document names the request, the law, the kinds held and every access event on the centre's clock; pictures are listed"() {
        given:
        String tag = UUID.randomUUID().toString().take(6)
        String name = "Lê Thị Văn Bản $tag"
        Instant first = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES)
        Instant second = first.plus(Duration.ofHours(9))
        event("door-$tag", 'a', name, first, AccessResult.granted)
        event("door-$tag", 'b', name, second, AccessResult.denied)
        long picture = pictures.store(new FacePictures.Pushed("door-$tag", null, 'b', name, "VB-$tag", second, PersonalDataApiSpec.JPEG)).get().id()
        def shown = DateTimeFormatter.ofPattern('dd/MM/yyyy HH:mm').withZone(clock.zone)

        when:
        byte[] pdf = document([person: name, askedBy: "$name (đơn ngày 20/11/2026)".toString(), reason: 'Biết dữ liệu của mình'], '')
        String text = textOf(pdf).replaceAll(/\s+/, ' ') // a line the page wrapped reads as one

        then:
        text.contains('THÔNG BÁO DỮ LIỆU CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ')
        text.contains("Chủ thể dữ liệu: $name")
        text.contains("Người yêu cầu: $name (đơn ngày 20/11/2026)")
        text.contains('Luật 91/2025/QH15')
        text.contains('QĐ 11/2023 Điều 30 khoản 7 điểm a')
        text.contains('2 lượt vào ra')
        text.contains('1 ảnh khuôn mặt')
        text.contains("${shown.format(first)} — cửa door-$tag (địa điểm site-1) — được phép, vào")
        text.contains("${shown.format(second)} — cửa door-$tag (địa điểm site-1) — bị từ chối, vào")
        text.indexOf(shown.format(first)) < text.indexOf(shown.format(second))
        text.contains("Ảnh số $picture chụp lúc ${shown.format(second)}")
        text.contains('Ảnh được liệt kê, không in kèm')
        images(pdf) == 0
        readings(picture) == 0
    }

    def "asked for, the pictures are printed, each read through the audited reading naming the request"() {
        given:
        String tag = UUID.randomUUID().toString().take(6)
        String name = "Ảnh In Kèm $tag"
        Instant at = Instant.now().minus(Duration.ofHours(2))
        event("door-$tag", 'p', name, at, AccessResult.granted)
        long picture = pictures.store(new FacePictures.Pushed("door-$tag", null, 'p', name, "PK-$tag", at, png())).get().id()

        when:
        byte[] pdf = document([person: name, askedBy: 'chính người đó'], '?pictures=true')

        then:
        images(pdf) == 1
        readings(picture) == 1
        !textOf(pdf).contains('Ảnh được liệt kê, không in kèm')
    }

    private byte[] document(Map body, String query) {
        client.toBlocking().retrieve(HttpRequest.POST("/api/personal-data/exports/document$query", body)
                .bearerAuth(users.token([Role.supervisor] as Set)), byte[])
    }

    private static String textOf(byte[] pdf) {
        Loader.loadPDF(pdf).withCloseable { new PDFTextStripper().getText(it) }
    }

    private static int images(byte[] pdf) {
        Loader.loadPDF(pdf).withCloseable { doc ->
            doc.pages.sum { page -> page.resources.XObjectNames.count { page.resources.getXObject(it) instanceof PDImageXObject } } as int
        }
    }

    private int readings(long picture) {
        audit.browse('face_picture', String.valueOf(picture), null, 'read', 10, 0).total() as int
    }

    private void event(String door, String id, String person, Instant at, AccessResult result) {
        accessLog.append([new AccessEvent(null, door, id, 'site-1', result, null, person, AccessDirection.in, at, at)])
    }

    /** A real 2x2 PNG: the document decodes what it prints. */
    private static byte[] png() {
        def image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB)
        def out = new ByteArrayOutputStream()
        javax.imageio.ImageIO.write(image, 'png', out)
        out.toByteArray()
    }
}

package vn.dcim.web.api.stocktake

import com.google.zxing.BarcodeFormat
import com.google.zxing.client.j2se.MatrixToImageWriter
import com.google.zxing.qrcode.QRCodeWriter
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.site.RoomRepository
import vn.dcim.web.testing.DemoApiSpec

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Instant
import java.time.ZoneId
import java.time.format.DateTimeFormatter

/**
 * The stock-take of the demo's server room by phone. Labels of assets present, one from
 * the power room and one that no asset carries are scanned; the report lists the missing ones.
 */
@MicronautTest(transactional = false)
class StocktakeApiSpec extends DemoApiSpec {
    @Inject AssetRepository assets
    @Inject RoomRepository rooms

    /** The center in Vietnam's zone, whatever the machine's: the sheets show times in it (DCIM_TIME_ZONE). */
    @Override
    Map<String, String> extraProperties() { super.extraProperties() + ['dcim.time-zone': 'Asia/Ho_Chi_Minh'] }

    String manager() { users.token(EnumSet.of(Role.asset_manager)) }

    String crew() { users.token(EnumSet.of(Role.maintenance)) }

    long room(String name) { rooms.findBySiteIdOrderByName('demo').find { it.name() == name }.id() }

    long open(String name) {
        def opened = calls.post('/api/stocktakes', [siteId: 'demo', name: name, roomIds: [room('Phòng máy chủ')]], manager())
        assert opened.status == 201
        opened.json.id
    }

    def scan(long take, String scanId, String code, Long roomId = room('Phòng máy chủ')) {
        calls.post("/api/stocktakes/$take/scans", [scanId: scanId, roomId: roomId, code: code], crew())
    }

    def "scans answer found, misplaced or unknown at once, and the closed report lists the missing assets"() {
        given:
        long take = open('Kiểm kê năm 2026')
        long switchId = assets.findByLabelCode('DEMO-SW-01').orElseThrow().id()

        when: 'the crew scans two servers by their code, the switch by its QR (the URL of its page), a UPS of the power room and an unknown label'
        def server1 = scan(take, 's-1', 'DEMO-SRV-01')
        def server2 = scan(take, 's-2', 'demo-srv-02')
        def sw = scan(take, 's-3', "https://dcim.example/ui/assets/$switchId")
        def ups = scan(take, 's-4', 'DEMO-UPS-01')
        def unknown = scan(take, 's-5', 'NO-SUCH-LABEL')

        then:
        [server1, server2, sw, ups, unknown]*.status == [200] * 5
        [server1, server2, sw, ups, unknown]*.json*.outcome == ['found', 'found', 'found', 'misplaced', 'unknown']
        ups.json.registeredRoom.display == 'Phòng nguồn'
        sw.json.asset.labelCode == 'DEMO-SW-01'

        when: 'the phone sends a scan again (its offline queue flushed twice)'
        def again = scan(take, 's-1', 'DEMO-SRV-01')

        then: 'it is answered as before and stored once'
        again.status == 200
        again.json.duplicate
        again.json.outcome == 'found'
        calls.get("/api/stocktakes/$take/scans", crew()).json.size() == 5

        when: 'the asset manager closes it'
        def closed = calls.post("/api/stocktakes/$take/close", [:], manager())
        def report = calls.get("/api/stocktakes/$take/report", manager()).json.rooms[0]
        def expectedMissing = assets.findBySiteIdOrderByName('demo')
                .findAll { it.roomId() == room('Phòng máy chủ') && !(it.labelCode() in ['DEMO-SRV-01', 'DEMO-SRV-02', 'DEMO-SW-01']) }*.labelCode()

        then:
        closed.status == 200
        closed.json.status == 'closed'
        report.room.display == 'Phòng máy chủ'
        report.found*.labelCode.sort() == ['DEMO-SRV-01', 'DEMO-SRV-02', 'DEMO-SW-01']
        report.misplaced*.asset*.labelCode == ['DEMO-UPS-01']
        report.unknown == ['NO-SUCH-LABEL']
        report.missing*.labelCode.sort() == expectedMissing.sort()
        report.missing*.labelCode.containsAll(['DEMO-CAM-01', 'DEMO-SRV-03', 'DEMO-PP-01'])

        and: 'a closed stock-take takes no scans'
        scan(take, 's-6', 'DEMO-SRV-03').status == 409
    }

    def "the record comes as PDF and as XLSX in Vietnamese, the missing assets among its rows"() {
        given:
        long take = open('Kiểm kê quý')
        scan(take, 'x-1', 'DEMO-SRV-01')

        when:
        def pdf = calls.get("/api/stocktakes/$take/report.pdf", manager())
        byte[] xlsx = bytes("/api/stocktakes/$take/report.xlsx", manager())
        def rows = new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0).collect { row -> row.collect { it.toString() } }

        then:
        pdf.status == 200
        pdf.text.startsWith('%PDF')
        rows[0][0] == 'BIÊN BẢN KIỂM KÊ TÀI SẢN'
        rows.find { it[2] == 'DEMO-SRV-01' }[1] == 'Có mặt'
        rows.find { it[2] == 'DEMO-CAM-01' }[1] == 'Thiếu (không tìm thấy)'

        when: 'the PDF read as text'
        String printed = Loader.loadPDF(bytes("/api/stocktakes/$take/report.pdf", manager())).withCloseable { new PDFTextStripper().getText(it) }
        String missingPart = printed.substring(printed.indexOf('Thiếu (không tìm thấy): '))

        then: 'the same record in words: the header, the asset found, the missing ones under their heading, the signatures'
        printed.contains('BIÊN BẢN KIỂM KÊ TÀI SẢN')
        printed.contains('Kiểm kê quý')
        printed.contains('DEMO-SRV-01')
        !missingPart.contains('DEMO-SRV-01')
        ['DEMO-CAM-01', 'DEMO-SRV-03'].every { missingPart.contains(it) }
        ['NGƯỜI LẬP BIỂU', 'TỔ KIỂM KÊ', 'THỦ TRƯỞNG ĐƠN VỊ'].every { printed.contains(it) }
    }

    def "a room or rack label says where the crew stands: #code"() {
        given:
        long take = open('Kiểm kê vị trí')
        String text = code.replace('{room}', room('Phòng máy chủ').toString())

        when:
        def located = calls.post("/api/stocktakes/$take/locate", [code: text], crew())

        then:
        located.status == status
        status != 200 || located.json.room.display == 'Phòng máy chủ'
        status != 200 || located.json.rack == rack

        where:
        code                              || status | rack
        'A01'                             || 200    | 'A01'
        'phòng máy chủ'                   || 200    | null
        'https://x/ui/rooms/{room}'       || 200    | null
        'Phòng nguồn'                     || 422    | null
        'Z99'                             || 422    | null
    }

    def "bad scans are refused with 422 naming #field: #what"() {
        given:
        long take = open('Kiểm kê lỗi')

        when:
        def refused = calls.post("/api/stocktakes/$take/scans", body(room('Phòng máy chủ'), room('Phòng nguồn')), crew())

        then:
        refused.status == 422
        refused.text.contains(/"field":"$field"/)

        where:
        what                               | field      | body
        'a room not in the stock-take'     | 'roomId'   | { here, other -> [scanId: 'b-1', roomId: other, code: 'DEMO-SRV-01'] }
        'no scan id'                       | 'scanId'   | { here, other -> [roomId: here, code: 'DEMO-SRV-01'] }
        'a scan id with spaces'            | 'scanId'   | { here, other -> [scanId: 'a b', roomId: here, code: 'DEMO-SRV-01'] }
        'an empty code'                    | 'code'     | { here, other -> [scanId: 'b-2', roomId: here, code: ' '] }
        'a time in 2100'                   | 'scannedAt'| { here, other -> [scanId: 'b-3', roomId: here, code: 'DEMO-SRV-01', scannedAt: '2100-01-01T00:00:00Z'] }
    }

    def "a photo of a label is read on the server (the fallback of a phone that cannot scan live)"() {
        given:
        long take = open('Kiểm kê ảnh')
        def out = new ByteArrayOutputStream()
        MatrixToImageWriter.writeToStream(new QRCodeWriter().encode('DEMO-SRV-03', BarcodeFormat.QR_CODE, 300, 300), 'PNG', out)

        when:
        def read = calls.send('POST', "/api/stocktakes/$take/decode", [Authorization: "Bearer ${crew()}", 'Content-Type': 'image/png'], out.toByteArray())
        def notAPhoto = calls.send('POST', "/api/stocktakes/$take/decode", [Authorization: "Bearer ${crew()}", 'Content-Type': 'image/png'], 'hello')

        then:
        read.status == 200
        read.text.contains('"code":"DEMO-SRV-03"')
        notAPhoto.status == 422
    }

    def "only the scanning page of a stock-take may use the camera, and only from this origin"() {
        given:
        long take = open('Kiểm kê camera')

        expect:
        calls.get("/ui/stocktakes/$take", crew()).header('Permissions-Policy').startsWith('camera=(self)')
        calls.get('/ui/stocktakes', crew()).header('Permissions-Policy').startsWith('camera=()')
        calls.get('/ui/cabling', crew()).header('Permissions-Policy').startsWith('camera=()')
    }

    def "#role: open #openStatus, scan #scanStatus, read #readStatus"() {
        given:
        long take = open('Kiểm kê quyền')
        String token = users.token(EnumSet.of(role))

        expect:
        calls.post('/api/stocktakes', [siteId: 'demo', name: 'X'], token).status == openStatus
        calls.post("/api/stocktakes/$take/scans", [scanId: "r-${role}", roomId: room('Phòng máy chủ'), code: 'DEMO-SRV-01'], token).status == scanStatus
        calls.get("/api/stocktakes/$take", token).status == readStatus

        where:
        role               || openStatus | scanStatus | readStatus
        Role.asset_manager || 201        | 200        | 200
        Role.maintenance   || 403        | 200        | 200
        Role.operator      || 403        | 403        | 403
        Role.auditor       || 403        | 403        | 200
    }

    private byte[] bytes(String path, String token) {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(calls.base + path)).header('Authorization', "Bearer $token")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body()
    }

    def "move it here: the asset manager registers a misplaced asset in the room where it was found; the room counts it found"() {
        given: 'UPS-01 of the power room scanned in the server room'
        Instant startedAt = Instant.now().minusSeconds(1)
        long take = open('Kiểm kê chuyển')
        long serverRoom = room('Phòng máy chủ')
        assert scan(take, 'mv-1', 'DEMO-UPS-01').json.outcome == 'misplaced'

        when: 'a technician tries, then the asset manager moves it'
        def byCrew = calls.post("/api/stocktakes/$take/scans/mv-1/move", [:], crew())
        def moved = calls.post("/api/stocktakes/$take/scans/mv-1/move", [:], manager())

        then:
        byCrew.status == 403
        moved.status == 200
        moved.json.outcome == 'moved'
        with(assets.findByLabelCode('DEMO-UPS-01').orElseThrow()) {
            roomId() == serverRoom
            rackId() == null
        }

        and: 'the room counts it found, not misplaced'
        def report = calls.get("/api/stocktakes/$take/report", manager()).json.rooms[0]
        'DEMO-UPS-01' in report.found*.labelCode
        !report.misplaced

        and: 'the move is audited, by the registry and by the stock-take'
        String auditor = users.token(EnumSet.of(Role.auditor))
        long ups = assets.findByLabelCode('DEMO-UPS-01').orElseThrow().id()
        calls.get("/api/audit-events?entityType=stocktake&entityId=$take&action=move-here", auditor).json.results.size() == 1
        calls.get("/api/audit-events?entityType=asset&entityId=$ups&action=move", auditor).json.results.size() == 1

        and: 'the report says what moved: the asset, from the power room to the server room, by whom and when'
        report.moved.size() == 1
        with(report.moved[0]) {
            asset.labelCode == 'DEMO-UPS-01'
            fromRoom.display == 'Phòng nguồn'
            toRoom.display == 'Phòng máy chủ'
            movedBy == 'spec-assetmanager'
        }
        Instant.parse(report.moved[0].movedAt as String) >= startedAt
        Instant.parse(report.moved[0].movedAt as String) <= Instant.now()

        when: 'the record as XLSX and as PDF'
        byte[] xlsx = bytes("/api/stocktakes/$take/report.xlsx", manager())
        def rows = new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0).collect { row -> row.collect { it.toString() } }
        int header = rows.findIndexOf { it[0] == 'TÀI SẢN ĐÃ CHUYỂN VỊ TRÍ TRONG ĐỢT KIỂM KÊ' }
        String when = DateTimeFormatter.ofPattern('HH:mm dd/MM/yyyy').format(Instant.parse(report.moved[0].movedAt as String).atZone(ZoneId.of('Asia/Ho_Chi_Minh')))
        String printed = Loader.loadPDF(bytes("/api/stocktakes/$take/report.pdf", manager())).withCloseable { new PDFTextStripper().getText(it) }

        then: 'the XLSX has a section of the moves, a row each'
        header > 0
        rows[header][1] == '1'
        rows[header + 1] == ['Mã nhãn', 'Tên tài sản', 'Từ phòng', 'Đến phòng', 'Người chuyển', 'Lúc chuyển']
        rows[header + 2] == ['DEMO-UPS-01', assets.findByLabelCode('DEMO-UPS-01').orElseThrow().name(), 'Phòng nguồn', 'Phòng máy chủ',
                             'Spec spec-assetmanager', when]
        rows.size() == header + 3

        and: 'the PDF says the same in words'
        printed.contains('Tài sản đã chuyển vị trí trong đợt kiểm kê: 1')
        printed.contains('DEMO-UPS-01')
        printed.contains("từ Phòng nguồn đến Phòng máy chủ; người chuyển Spec spec-assetmanager, lúc $when")
    }

    def "moving #what is refused with #status"() {
        given:
        long take = open('Kiểm kê chuyển sai')
        scan(take, 'ok-1', 'DEMO-SW-01')
        scan(take, 'un-1', 'KHONG-CO-999')

        expect:
        calls.post("/api/stocktakes/$take/scans/$scanId/move", body, manager()).status == status

        where:
        what                     | scanId  | body              || status
        'a scan found here'      | 'ok-1'  | [:]               || 409
        'an unknown label'       | 'un-1'  | [:]               || 409
        'a scan never made'      | 'no-1'  | [:]               || 404
        'a U of zero'            | 'ok-1'  | [positionU: 0]    || 422
    }

    def "camera frames are read on the server: a code or none, at most 4 per person in 2 s, at most 512 kB"() {
        given:
        long take = open('Kiểm kê khung hình')
        def qr = new ByteArrayOutputStream()
        MatrixToImageWriter.writeToStream(new QRCodeWriter().encode('DEMO-SRV-02', BarcodeFormat.QR_CODE, 240, 240), 'PNG', qr)
        def blank = new ByteArrayOutputStream()
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(240, 240, java.awt.image.BufferedImage.TYPE_INT_RGB), 'png', blank)
        String token = users.token(EnumSet.of(Role.maintenance, Role.operator))
        def frame = { byte[] bytes -> calls.send('POST', "/api/stocktakes/$take/frames", [Authorization: "Bearer $token".toString(), 'Content-Type': 'image/png'], bytes) }

        when:
        def read = frame(qr.toByteArray())
        def none = frame(blank.toByteArray())
        def burst = (1..8).collect { frame(blank.toByteArray()).status }

        then:
        read.status == 200
        read.text.contains('"code":"DEMO-SRV-02"')
        none.status == 200
        !none.text.contains('DEMO')
        429 in burst
        burst.every { it in [200, 429] }

        when: 'a frame too large'
        Thread.sleep(2100)
        def large = frame(new byte[600 * 1024])

        then:
        large.status == 422
    }
}

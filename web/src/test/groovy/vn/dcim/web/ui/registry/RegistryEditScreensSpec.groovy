package vn.dcim.web.ui.registry

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import org.openqa.selenium.WebDriver
import spock.lang.AutoCleanup
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.licence.SoftwareRegistry
import vn.dcim.core.site.RackRepository
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.RegistryPages

import java.time.LocalDate

/**
 * The registry's edit screens, used by an asset manager whose full name is Vietnamese:
 * a non-Latin-1 name once made the new-asset form fail without a word, because the browser refused
 * the request header that carried it. The actor now comes from the session only.
 */
@MicronautTest(transactional = false)
class RegistryEditScreensSpec extends MariaDbSpec {
    static final String PERSON = 'hang.nguyen'

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject @Client('/') HttpClient client
    @Inject AssetRepository assets
    @Inject SiteRepository sites
    @Inject RoomRepository rooms
    @Inject RackRepository racks
    @Inject SoftwareRegistry software
    @Shared @AutoCleanup('quit') WebDriver driver = Browser.start()
    @Shared boolean signedIn

    RegistryPages ui
    String tag
    String siteId
    Map room
    Map rack

    def setup() {
        if (!signedIn) {
            users.person(PERSON, 'Nguyễn Thị Hằng', EnumSet.of(Role.asset_manager))
            Browser.signIn(driver, server.URL, PERSON, TestUsers.PASSWORD)
            signedIn = true
        }
        ui = new RegistryPages(driver, server.URL)
        tag = UUID.randomUUID().toString().take(6).toUpperCase()
        siteId = 'reg-' + tag
        post('/api/sites', [id: siteId, name: 'TTTHDL Lào Cai'])
        room = post('/api/rooms', [siteId: siteId, name: 'Phòng máy chủ', kind: 'server_room'])
        rack = post('/api/racks', [roomId: room.id, name: 'R01', heightU: 42])
    }

    def cleanup() {
        // every screen walked through kept to the content security policy (no inline script or style)
        assert Browser.policyViolations(driver) == []
    }

    Map post(String uri, Map body) {
        client.toBlocking().retrieve(HttpRequest.POST(uri, body.collectEntries { k, v -> [k, v instanceof GString ? v.toString() : v] }), Map)
    }

    def "Nguyễn Thị Hằng registers an asset in the form; the history names her account, taken from the session"() {
        when:
        Long id = ui.newAsset().fill(kind: 'server', name: "Máy chủ cổng dịch vụ công ${tag}", labelCode: "LC-${tag}",
                place: "${siteId}|${room.id}|${rack.id}", positionU: 10, heightU: 2, owningAgency: 'Sở Khoa học và Công nghệ',
                custodian: 'Trần Văn Đức', vendor: 'Dell', serial: 'SN-1', purchaseDate: '2025-03-14',
                purchaseValue: 250000000, warrantyEnd: '2028-03-14', ipAddress: '10.0.0.5').save()

        then: 'the asset page opens'
        id != null
        ui.text('asset-name') == "Máy chủ cổng dịch vụ công ${tag}"
        with(assets.findById(id).get()) {
            owningAgency() == 'Sở Khoa học và Công nghệ'
            custodian() == 'Trần Văn Đức'
            purchaseDate() == LocalDate.of(2025, 3, 14)
            purchaseValue() == 250000000
            warrantyEnd() == LocalDate.of(2028, 3, 14)
            positionU() == 10 && heightU() == 2
        }
        ui.history().size() == 1
        ui.history()[0][3] == PERSON
    }

    def "a refusal of the server is shown in the form, never swallowed"() {
        given:
        post('/api/assets', [siteId: siteId, roomId: room.id, kind: 'ups', name: 'UPS 1', labelCode: "DUP-${tag}"])

        when: 'the same label code is registered again'
        Long id = ui.newAsset().fill(kind: 'ups', name: 'UPS 2', labelCode: "DUP-${tag}", place: "${siteId}|${room.id}|").save()

        then:
        id == null
        ui.formErrors().contains('labelCode')
        ui.formErrors().contains("DUP-${tag}")

        when: 'the browser itself refuses to send (as it refused a header holding a Vietnamese name)'
        ui.newAsset().fill(kind: 'ups', name: 'UPS 3', labelCode: "NEW-${tag}", place: "${siteId}|${room.id}|")
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "window.fetch = () => Promise.reject(new TypeError('String contains non ISO-8859-1 code point.'))")
        id = ui.save()

        then: 'that is shown too'
        id == null
        ui.formErrors() == 'Không gửi được: String contains non ISO-8859-1 code point.'
    }

    def "every field of an asset is edited in the form; a move to another rack position is kept"() {
        given:
        def asset = post('/api/assets', [siteId: siteId, rackId: rack.id, positionU: 5, kind: 'server', name: 'Máy chủ A',
                                         labelCode: "ED-${tag}", owningAgency: 'Sở Nội vụ'])
        def other = post('/api/racks', [roomId: room.id, name: 'R02', heightU: 42])

        when:
        Long id = ui.editAsset(asset.id).fill(name: 'Máy chủ A (đã nâng cấp)', kind: 'storage', labelCode: "ED-${tag}-2",
                place: "${siteId}|${room.id}|${other.id}", positionU: 20, heightU: 3, face: 'rear', criticality: 'critical',
                owningAgency: 'Sở Tài chính', custodian: 'Lê Thị Mai', vendor: 'HPE', model: 'MSA 2060', serial: 'CZ-77',
                purchaseDate: '2024-01-02', purchaseValue: 1200000, warrantyEnd: '2027-01-02',
                macAddress: 'AA:BB:CC:DD:EE:01', ipAddress: '10.1.1.1', hostname: 'msa-01').save()

        then:
        id == asset.id
        with(assets.findById(id).get()) {
            name() == 'Máy chủ A (đã nâng cấp)'
            kind().name() == 'storage'
            labelCode() == "ED-${tag}-2"
            rackId() == other.id && positionU() == 20 && heightU() == 3 && face() == 'rear'
            criticality().name() == 'critical'
            owningAgency() == 'Sở Tài chính' && custodian() == 'Lê Thị Mai'
            vendor() == 'HPE' && model() == 'MSA 2060' && serial() == 'CZ-77'
            purchaseDate() == LocalDate.of(2024, 1, 2) && purchaseValue() == 1200000 && warrantyEnd() == LocalDate.of(2027, 1, 2)
            macAddress() == 'AA:BB:CC:DD:EE:01' && ipAddress() == '10.1.1.1' && hostname() == 'msa-01'
            status().name() == 'in_service'
        }
        client.toBlocking().retrieve("/api/audit-events?actor=${PERSON}&entityType=asset&entityId=${id}", Map).results*.action == ['move']

        when: 'the form is opened again'
        ui.editAsset(asset.id)

        then: 'it shows what is stored'
        driver.findElement(org.openqa.selenium.By.name('hostname')).getAttribute('value') == 'msa-01'
        driver.findElement(org.openqa.selenium.By.name('purchaseDate')).getAttribute('value') == '2024-01-02'
    }

    def "the status changes with a reason, the history keeps it, and the asset is disposed of"() {
        given:
        def asset = post('/api/assets', [siteId: siteId, roomId: room.id, kind: 'ups', name: 'UPS 10kVA', labelCode: "ST-${tag}"])

        when: 'no reason is given'
        ui.open("/ui/assets/${asset.id}")
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('#status-form input[name=reason]').removeAttribute('required')")
        ui.changeStatus('faulty', '')

        then: 'the server refuses and says why'
        ui.statusErrors('status-form').contains('reason')
        assets.findById(asset.id).get().status().name() == 'in_service'

        when:
        ui.open("/ui/assets/${asset.id}").changeStatus('faulty', 'Ắc quy phồng, kiểm tra ngày 12/11')

        then:
        ui.status() == 'Hỏng'
        ui.history()[-1][1] == 'Hỏng'
        ui.history()[-1][2] == 'Ắc quy phồng, kiểm tra ngày 12/11'
        ui.history()[-1][3] == PERSON

        when:
        ui.dispose('Quyết định thanh lý số 45/QĐ-STTTT')

        then:
        ui.status() == 'Đã thanh lý'
        ui.history()*.getAt(2).drop(1) == ['Ắc quy phồng, kiểm tra ngày 12/11', 'Quyết định thanh lý số 45/QĐ-STTTT']
        !ui.hasStatusForms()
    }

    def "a licence is added and edited in the form"() {
        given:
        def server = post('/api/assets', [siteId: siteId, roomId: room.id, kind: 'server', name: 'Máy chủ CSDL', labelCode: "LI-${tag}"])

        when:
        Long id = ui.newLicence().fillLicence(siteId: siteId, name: "Hệ quản trị CSDL ${tag}", version: '19c', value: 350000000,
                criticality: 'high', purpose: 'CSDL dùng chung', scopeOfUse: 'Toàn tỉnh', managingBody: 'Sở KH&CN',
                storageLocation: 'Phòng máy chủ', confidentiality: 'high', integrity: 'high', availability: 'medium',
                licenceKind: 'subscription', licenceInformation: 'HĐ 12/2025', seats: 2,
                licenceExpiry: LocalDate.now().plusYears(1).toString(), installedOn: [server.id]).saveLicence()

        then:
        id != null
        ui.licenceRow(id)[0] == "Hệ quản trị CSDL ${tag}"
        with(software.view(software.get(id))) {
            version() == '19c'
            riskClass().name() == 'high'
            installedOn() == [server.id]
            seats() == 2
        }

        when:
        ui.editLicence(id).fillLicence(version: '21c', seats: 4, licenceKind: 'perpetual', licenceExpiry: '', installedOn: []).saveLicence()

        then:
        with(software.view(software.get(id))) {
            version() == '21c'
            seats() == 4
            licenceKind().name() == 'perpetual'
            licenceExpiry() == null
            installedOn() == []
            name() == "Hệ quản trị CSDL ${tag}"
        }
        ui.licenceRow(id)[2] == 'Vĩnh viễn'

        when: 'a required field is emptied'
        ui.editLicence(id)
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('#licence-form input[name=purpose]').removeAttribute('required')")
        Long refused = ui.fillLicence(purpose: '').saveLicence()

        then:
        refused == null
        ui.formErrors().contains('purpose')
    }

    def "a site, a room and a rack are created in the forms; the site is renamed and the room's cooling changed"() {
        given:
        def newSite = 'loc-' + tag.toLowerCase()

        when:
        ui.open('/ui/racks').location('#new-site', [id: newSite, name: 'TTTHDL Sơn La', province: 'Sơn La', address: 'Số 2 Tô Hiệu'])

        then:
        sites.findById(newSite).get().name() == 'TTTHDL Sơn La'

        when:
        ui.location('#new-room', [siteId: newSite, name: 'Phòng điện', floor: '1', kind: 'power_room', coolingCapacityKw: 12])

        then: 'the room opens'
        ui.path() ==~ /\/ui\/rooms\/\d+/
        def roomId = (ui.path() =~ /(\d+)$/)[0][1] as long
        rooms.findById(roomId).get().name() == 'Phòng điện'

        when:
        ui.location('#room-edit', [floor: '2', kind: 'server_room', coolingCapacityKw: 30.5])

        then:
        with(rooms.findById(roomId).get()) {
            floor() == '2' && kind().name() == 'server_room' && coolingCapacityKw() == 30.5
        }

        when:
        ui.open('/ui/racks').location('#new-rack', [roomId: roomId, name: 'A01', heightU: 45, gridRow: 1, gridPosition: 1, powerBudgetKw: 6])

        then: 'the rack opens'
        ui.path() ==~ /\/ui\/racks\/\d+/
        racks.findByRoomIdOrderByName(roomId)*.name() == ['A01']
        racks.findByRoomIdOrderByName(roomId)[0].heightU() == 45

        when: 'a second rack on the same spot'
        ui.open('/ui/racks').location('#new-rack', [roomId: roomId, name: 'A02', gridRow: 1, gridPosition: 1])

        then: 'is refused, and the refusal is shown'
        driver.findElement(org.openqa.selenium.By.cssSelector('#new-rack .result')).text.contains('gridPosition')

        when:
        ui.open('/ui/racks').location("#site-${newSite} form.edit-site", [name: 'Trung tâm THDL tỉnh Sơn La', address: ''])

        then:
        with(sites.findById(newSite).get()) {
            name() == 'Trung tâm THDL tỉnh Sơn La' && province() == 'Sơn La' && address() == null
        }
    }

    def "a CSV with a bad row is previewed with row, field and reason; then only the good rows are imported"() {
        given:
        def csv = File.createTempFile('import', '.csv')
        csv.deleteOnExit()
        csv.setText("""siteId,roomId,rackId,positionU,heightU,kind,name,labelCode,owningAgency
${siteId},${room.id},,,,ups,UPS nhập 1,IM-${tag}-1,Sở Nội vụ
${siteId},${room.id},,,,lò nướng,Máy lạ,IM-${tag}-2,
${siteId},,${rack.id},7,1,server,Máy chủ nhập 3,IM-${tag}-3,
""", 'UTF-8')

        when:
        ui.importScreen().preview(csv)

        then: 'the bad row is listed, nothing is saved yet'
        ui.problems().size() == 1
        ui.problems()[0][0] == '3'
        ui.problems()[0][1] == 'kind'
        ui.problems()[0][2].contains('lò nướng')
        ui.importSummary().contains('3 dòng')
        ui.importSummary().contains('2 dòng nhập được')
        ui.canCommit()
        assets.findBySiteIdOrderByName(siteId).isEmpty()

        when:
        ui.commit()

        then: 'the good rows are in, the bad one is left out and still listed'
        ui.importSummary().contains('Đã nhập 2 trên 3 dòng')
        ui.problems()*.getAt(0) == ['3']
        assets.findBySiteIdOrderByName(siteId)*.name() == ['Máy chủ nhập 3', 'UPS nhập 1']
        !ui.canCommit()
    }

    def "the edit, status, import and location forms are offered only to #roles, who may change the registry"() {
        given:
        def asset = post('/api/assets', [siteId: siteId, roomId: room.id, kind: 'ups', name: 'UPS', labelCode: "RO-${tag}"])
        def token = users.token(roles as Set)
        def calls = new Calls(server.URL)

        expect:
        calls.get("/ui/assets/${asset.id}", token).text.contains('id="status-form"') == editor
        calls.get("/ui/assets/${asset.id}", token).text.contains('id="edit-asset-link"') == editor
        calls.get('/ui/assets', token).text.contains('id="import-link"') == editor
        calls.get('/ui/racks', token).text.contains('id="new-rack"') == editor

        where:
        roles                 || editor
        [Role.asset_manager]  || true
        [Role.operator]       || false
        [Role.auditor]        || false
    }

    def "the label and export links carry the list's filter"() {
        given:
        post('/api/assets', [siteId: siteId, roomId: room.id, kind: 'camera', name: "Camera cổng ${tag}", labelCode: "FL-${tag}-1"])
        post('/api/assets', [siteId: siteId, roomId: room.id, kind: 'ups', name: "UPS ${tag}", labelCode: "FL-${tag}-2"])

        when: 'the list is unfiltered'
        ui.assets()

        then: 'the label link has no query at all (it once read labels.pdf?null)'
        new URI(ui.labelsHref()).rawQuery == null
        new URI(ui.exportHref()).rawQuery == 'format=xlsx'

        when: 'the list is filtered to one kind and a search'
        ui.assets("q=FL-${tag}&kind=camera")
        def labels = new URI(ui.labelsHref())
        def export = new URI(ui.exportHref())
        byte[] pdf = client.toBlocking().retrieve(HttpRequest.GET(labels.rawPath + '?' + labels.rawQuery), byte[])
        byte[] xlsx = client.toBlocking().retrieve(HttpRequest.GET(export.rawPath + '?' + export.rawQuery), byte[])
        String printed = Loader.loadPDF(pdf).withCloseable { new PDFTextStripper().getText(it) }
        def sheet = new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0)

        then: 'both print and export what the list shows'
        ui.listedNames() == ["Camera cổng ${tag}"]
        labels.rawQuery.contains("q=FL-${tag}") && labels.rawQuery.contains('kind=camera')
        printed.contains("FL-${tag}-1")
        !printed.contains("FL-${tag}-2")
        sheet.lastRowNum == 1
        sheet.getRow(1).getCell(8).stringCellValue == "Camera cổng ${tag}"
    }
}

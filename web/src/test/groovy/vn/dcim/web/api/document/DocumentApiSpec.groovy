package vn.dcim.web.api.document

import io.micronaut.context.annotation.Property
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.db.Jdbc
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * The evidence documents of attestations and of the records register (Art. 12.1): uploaded
 * as multipart, kept encrypted, taken away by the roles that read them, every upload and download
 * audited; hostile uploads refused with a clear 4xx.
 */
@MicronautTest(transactional = false)
@Property(name = 'dcim.documents.max-bytes', value = '4096')
class DocumentApiSpec extends MariaDbSpec {
    static final byte[] PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'.getBytes('ISO-8859-1')

    /** A PDF's first bytes padded to {@code size}. */
    static byte[] pdfOf(int size) {
        byte[] b = new byte[size]
        System.arraycopy(PDF, 0, b, 0, PDF.length)
        b
    }

    @Inject Jdbc jdbc
    @Inject TestUsers users
    @Inject io.micronaut.runtime.server.EmbeddedServer server

    /** A file uploaded to the documents as a browser sends it, answered as status, JSON and text. */
    Map upload(String filename, String type, byte[] content, String token, String field = 'file') {
        def r = new Calls(server.URL).upload('/api/documents', token, filename, type, content, field)
        [status: r.status, json: r.json, text: r.text]
    }

    HttpResponse<byte[]> download(String path, String token) {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).header('Authorization', "Bearer $token").build(),
                HttpResponse.BodyHandlers.ofByteArray())
    }

    String base() { server.URL.toString().replaceAll('/$', '') }

    def "a supervisor uploads a PDF; it is kept encrypted, an auditor takes it away intact, and both are audited"() {
        given:
        def supervisor = users.token([Role.supervisor] as Set)

        when:
        def up = upload('biên-bản-kiểm-tra.pdf', 'application/pdf', PDF, supervisor)
        def id = up.json.id as long
        def stored = jdbc.list('read', 'SELECT content FROM evidence_document WHERE id = ?', { rs -> rs.getBytes(1) } as Jdbc.Row, id)[0]
        def got = download("/api/documents/$id", users.token([Role.auditor] as Set))
        def audited = jdbc.list('audit', "SELECT action FROM audit_event WHERE entity_type = 'document' AND entity_id = ? ORDER BY id",
                { rs -> rs.getString(1) } as Jdbc.Row, String.valueOf(id))

        then:
        up.status == 201
        up.json.name == 'biên-bản-kiểm-tra.pdf'
        up.json.contentType == 'application/pdf'
        up.json.size == PDF.length
        up.json.url == "/api/documents/$id"
        and: 'at rest: neither the content nor its start is in the database'
        !new String(stored, 'ISO-8859-1').contains('%PDF')
        stored != PDF
        and:
        got.statusCode() == 200
        got.body() == PDF
        got.headers().firstValue('Content-Type').get().startsWith('application/pdf')
        got.headers().firstValue('Content-Disposition').get().startsWith('attachment')
        audited == ['upload', 'download']
    }

    def "a hostile upload is refused with #status: #situation"() {
        when:
        def answer = upload(name, type, content, users.token([Role.supervisor] as Set))

        then:
        answer.status == status
        answer.text.contains(says)
        jdbc.list('read', 'SELECT id FROM evidence_document WHERE name = ?', { rs -> rs.getLong(1) } as Jdbc.Row, name) == []

        where:
        situation                       | name                      | type                       | content                      || status | says
        'larger than the limit'         | 'big.pdf'                 | 'application/pdf'          | pdfOf(5000)                  || 413    | 'at most 4096'
        'a type not kept'               | 'page.html'               | 'text/html'                | '<script>'.bytes             || 415    | 'not kept'
        'an executable'                 | 'tool.exe'                | 'application/octet-stream' | 'MZ'.bytes                   || 415    | 'not kept'
        'declared PDF, holding a script'| 'fake.pdf'                | 'application/pdf'          | '<script>x</script>'.bytes   || 415    | 'is not a PDF'
        'empty'                         | 'empty.pdf'               | 'application/pdf'          | new byte[0]                  || 422    | 'empty'
        'a path in the name'            | '../../etc/passwd.pdf'    | 'application/pdf'          | PDF                          || 422    | 'without a folder'
        'a Windows path in the name'    | 'C:\\\\temp\\\\x.pdf'     | 'application/pdf'          | PDF                          || 422    | 'without a folder'
    }

    def "without a file part the upload is refused (4xx), never a 500"() {
        expect:
        upload('a.pdf', 'application/pdf', PDF, users.token([Role.supervisor] as Set), 'other').status in [400, 422]
    }

    def "who may: an operator neither uploads nor takes a document away (403); an unknown document is a 404"() {
        given:
        def id = upload('ok.pdf', 'application/pdf', PDF, users.token([Role.supervisor] as Set)).json.id
        def operator = users.token([Role.operator] as Set)

        expect:
        upload('ok.pdf', 'application/pdf', PDF, operator).status == 403
        download("/api/documents/$id", operator).statusCode() == 403
        download('/api/documents/999999', users.token([Role.auditor] as Set)).statusCode() == 404
    }

    def "an uploaded document is the evidence of an attestation and of a record of the register"() {
        given:
        def supervisor = users.token([Role.supervisor] as Set)
        def calls = new Calls(server.URL)
        def doc = upload('lich-truc.pdf', 'application/pdf', PDF, supervisor).json

        when:
        def attested = calls.post('/api/compliance/R-003-36.3-rec/attestations', [note: 'Lịch trực quý IV', validDays: 90, documentId: doc.id], supervisor)
        def row = calls.get('/api/compliance', supervisor).json.find { it.id == 'R-003-36.3-rec' }
        def record = calls.post('/api/records', [recordType: 'i', title: 'Nhật ký vận hành quý IV', periodFrom: '2026-10-01',
                storedAt: 'Tủ hồ sơ P.201', responsible: 'Nguyễn Văn Bình', retentionYears: 5, documentId: doc.id], supervisor)
        def unknown = calls.post('/api/records', [recordType: 'i', title: 'x', periodFrom: '2026-10-01', storedAt: 'x', responsible: 'x',
                retentionYears: 5, documentId: 999999], supervisor)

        then:
        attested.status == 201
        attested.json.documentId == doc.id
        attested.json.documentUrl == "/api/documents/$doc.id"
        row.state == 'attested'
        // the evidence opens the requirement's screen at the attestation, where the document is downloaded
        row.evidence*.href.any { it.startsWith("/ui/compliance/${row.id}#attestation-") }
        and:
        record.status == 201
        record.json.document.id == doc.id
        record.json.document.url == "/api/documents/$doc.id"
        unknown.status == 422
        unknown.text.contains('documentId')
    }

    def "an inline (base64) document of an attestation is checked and kept encrypted the same way"() {
        given:
        def calls = new Calls(server.URL)
        def supervisor = users.token([Role.supervisor] as Set)

        when:
        def ok = calls.post('/api/compliance/R-003-05.1/attestations', [note: 'Phân công', validDays: 365, documentName: 'phan-cong.pdf',
                documentType: 'application/pdf', documentBase64: PDF.encodeBase64().toString()], supervisor)
        def bad = calls.post('/api/compliance/R-003-05.1/attestations', [note: 'Phân công', documentName: 'x.html',
                documentType: 'text/html', documentBase64: '<b>'.bytes.encodeBase64().toString()], supervisor)

        then:
        ok.status == 201
        ok.json.documentId != null
        download(ok.json.documentUrl, users.token([Role.auditor] as Set)).body() == PDF
        bad.status == 415
    }
}

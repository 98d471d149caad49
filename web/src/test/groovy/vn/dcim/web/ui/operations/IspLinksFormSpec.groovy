package vn.dcim.web.ui.operations

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.db.Jdbc
import vn.dcim.web.testing.Calls
import vn.dcim.web.ui.pages.IspLinksPage
import vn.dcim.web.ui.pages.SignedInBrowserSpec

/** An Internet link registered and changed on the ISP links screen (Art. 8.1đ), refusals shown in the form. */
@MicronautTest(transactional = false)
class IspLinksFormSpec extends SignedInBrowserSpec {
    @Inject Jdbc jdbc

    def "a supervisor registers a link, is told what is wrong with a bad target, then changes the link; each change is audited"() {
        given: 'a site'
        String tag = UUID.randomUUID().toString().take(6)
        String site = "isp-$tag"
        assert new Calls(server.URL).post('/api/sites', [id: site, name: "Trạm $tag"], users.token()).status == 201
        def page = new IspLinksPage(driver, server.URL).open()

        when: 'a probe target that is not an address'
        page.fillNew(siteId: site, provider: "VNPT-$tag", circuitId: 'K-01', probeTargets: 'not an address!')
        String refusal = page.refused('#new-link')

        then: 'the form says which field is wrong; nothing is saved'
        refusal.contains('probeTargets')
        jdbc.list('links', 'SELECT COUNT(*) FROM isp_link WHERE site_id = ?', { it.getLong(1) }, site)[0] == 0L

        when: 'the target is corrected'
        page.fillNew(probeTargets: '127.0.0.1:1').save('#new-link', "VNPT-$tag · K-01")
        long id = jdbc.list('link', 'SELECT id FROM isp_link WHERE site_id = ?', { it.getLong(1) }, site)[0]

        then:
        page.rows().any { it.contains("VNPT-$tag · K-01") && it.contains(site) }

        when: 'the link is changed: another circuit and a second target'
        page.fillEdit(id, [circuitId: 'K-02', probeTargets: '127.0.0.1:1,127.0.0.1:2']).save("#link-$id form", "VNPT-$tag · K-02")

        then:
        jdbc.list('link', 'SELECT probe_targets FROM isp_link WHERE id = ?', { it.getString(1) }, id)[0] == '127.0.0.1:1,127.0.0.1:2'
        jdbc.list('audit', "SELECT action FROM audit_event WHERE entity_type = 'isp-link' AND entity_id = ? ORDER BY id", { it.getString(1) },
                String.valueOf(id)) == ['create', 'update']
    }
}

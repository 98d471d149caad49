package vn.dcim.core.licence

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.asset.AssetFindings
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.RegistrySettings
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Clock
import java.time.LocalDate

/**
 * /api/findings is filtered, counted and paged in SQL; the query restates the rules of
 * AssetFindings and SoftwareFindings (Art. 6.1, 7.1, 10.3, 21.1e), so it is held here to what those
 * rules judge entry by entry, over every edge of each rule.
 */
@MicronautTest(transactional = false)
class RegistryFindingsSpec extends MariaDbSpec {
    @Inject RegistryFindings findings
    @Inject AssetRepository assets
    @Inject RoomRepository rooms
    @Inject AssetFindings assetFindings
    @Inject SoftwareRegistry software
    @Inject DataSource dataSource
    @Inject Clock clock
    @Inject RegistrySettings settings

    Sql sql
    @Shared boolean seeded

    /** Once for the spec: the same entries serve every feature (a blank label code can stand once, it is unique). */
    def setup() {
        sql = new Sql(dataSource)
        if (seeded) {
            return
        }
        seeded = true
        LocalDate today = LocalDate.now(clock)
        int window = settings.expiryWindowDays // each rule's edge: the last day within the window, the first after it
        String site = 'f-' + UUID.randomUUID().toString().take(8)
        sql.update("INSERT INTO site (id, name) VALUES (?, 'Trung tâm thử')", [site])
        long serverRoom = room(site, 'Phòng máy chủ', 'server_room')
        long storage = room(site, 'Kho', 'storage')
        [[serverRoom, 'Máy chủ 1', 'faulty', null],
         [serverRoom, 'Máy chủ 2', 'awaiting_disposal', today.plusDays(400)],
         [storage, 'Máy chủ 3', 'faulty', null],
         [serverRoom, '  ', 'in_service', null],
         [null, 'Máy chủ 5', 'in_service', today.plusDays(window)],
         [null, 'Máy chủ 6', 'in_service', today.plusDays(window + 1)],
         [null, 'Máy chủ 7', 'disposed', today.minusDays(3)],
         [null, 'Máy chủ 8', 'in_service', today.minusDays(3)]].eachWithIndex { a, i ->
            sql.update("INSERT INTO asset (site_id, room_id, kind, name, label_code, status, warranty_end) VALUES (?, ?, 'server', ?, ?, ?, ?)",
                    [site, a[0], a[1], i % 3 == 0 ? null : (i == 4 ? '\t' : site + '-' + i), a[2], a[3]])
        }
        [[null, 'perpetual', null, null],
         ['Hợp đồng 1', 'unknown', null, today.minusDays(1)],
         ['Hợp đồng 2', 'unlicensed', 1, today],
         [' ', 'subscription', 1, today.plusDays(window)],
         ['Hợp đồng 4', 'volume', 2, today.plusDays(window + 1)]].each { s ->
            sql.update("""INSERT INTO software_asset (site_id, name, criticality, purpose, scope_of_use, managing_body,
                    licence_information, version, storage_location, confidentiality, integrity, availability, licence_kind,
                    seats, licence_expiry) VALUES (?, 'Phần mềm', 'normal', 'p', 's', 'm', ?, '1', 'l', 'low', 'low', 'low', ?, ?, ?)""",
                    [site, s[0], s[1], s[2], s[3]])
        }
        def serverIds = sql.rows("SELECT id FROM asset WHERE site_id = ? ORDER BY id", [site])*.id
        sql.rows("SELECT id FROM software_asset WHERE site_id = ? AND seats IS NOT NULL ORDER BY id", [site])*.id.each { sw ->
            serverIds.take(2).each { sql.update("INSERT INTO software_installation (software_id, asset_id) VALUES (?, ?)", [sw, it]) }
        }
    }

    long room(String site, String name, String kind) {
        sql.update("INSERT INTO room (site_id, name, kind) VALUES (?, ?, ?)", [site, name, kind])
        sql.rows("SELECT id FROM room WHERE site_id = ? AND name = ?", [site, name])[0].id as long
    }

    /** What the rules judge entry by entry: every asset's findings, then every software asset's. */
    List<RegistryFindings.Entry> judged() {
        LocalDate today = LocalDate.now(clock)
        def kinds = rooms.findAll().collectEntries { [(it.id()): it.kind()] }
        def out = []
        assets.findAllOrderById().each { a ->
            assetFindings.of(a, a.roomId() == null ? null : kinds[a.roomId()], today).each { f ->
                out << new RegistryFindings.Entry('asset', a.id(), a.name(), f.article(), f.code(), f.message())
            }
        }
        software.all().each { s ->
            s.findings().each { f -> out << new RegistryFindings.Entry('software_asset', s.id(), s.name(), f.article(), f.code(), f.message()) }
        }
        out
    }

    def "read page by page, the findings are those the rules judge entry by entry, in the same order, with their words"() {
        when:
        def first = findings.find(null, null, null, 4, 0)
        def read = []
        for (int offset = 0; offset < first.count(); offset += 4) {
            read.addAll(findings.find(null, null, null, 4, offset).items())
        }

        then:
        first.items().size() == 4
        read == judged()
        ['out_of_use_in_server_room', 'missing_name', 'missing_label', 'warranty_expiring', 'missing_licence', 'not_licensed',
         'seats_exceeded', 'licence_expired', 'licence_expiring'].every { code -> read*.code().contains(code) }
    }

    def "filtered by #article / #code / #entityType, the count and the page are the judged ones that match"() {
        given:
        def matching = judged().findAll {
            (article == null || it.article() == article) && (code == null || it.code() == code) && (entityType == null || it.entityType() == entityType)
        }

        when:
        def page = findings.find(article, code, entityType, 2, 1)

        then:
        matching.size() >= minimum
        page.count() == matching.size()
        page.items() == matching.drop(1).take(2)

        where:
        article | code                        | entityType       || minimum
        '10.3'  | null                        | null             || 5
        '21.1e' | null                        | null             || 5
        null    | 'out_of_use_in_server_room' | null             || 2
        null    | 'missing_label'             | 'asset'          || 3
        null    | null                        | 'software_asset' || 8
        '7.1'   | null                        | 'software_asset' || 0
    }
}

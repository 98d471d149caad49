package vn.dcim.core.asset

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.site.RoomKind
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

/**
 * An import file is read as people write it, with the registry's codes or their names in
 * Vietnamese or English, and a preview lists every error of the file at once, every wrong cell of a row.
 */
@MicronautTest(transactional = false)
class AssetImportSpec extends MariaDbSpec {
    @Inject AssetImport importer
    @Inject AssetRepository assets
    @Inject Places places

    String siteId
    Long roomId

    def setup() {
        siteId = places.site('imp-', 'TTTHDL Hà Giang', 'Hà Giang', null)
        roomId = places.room(siteId, 'Kho thiết bị', RoomKind.storage).id()
    }

    ImportRow row(int n, Map cells) {
        new ImportRow(n, ([siteId: siteId, roomId: roomId, name: "Thiết bị $n", labelCode: "HG-${UUID.randomUUID().toString().take(6).toUpperCase()}"] + cells)
                .collectEntries { k, v -> [k, v?.toString()] } as Map<String, String>)
    }

    def "a kind written '#kind', a status '#status' and a criticality '#criticality' are read as #expected"() {
        when:
        def result = importer.run([row(2, [kind: kind, status: status, criticality: criticality, purchaseValue: value])], false, 'spec')
        def saved = assets.findBySiteIdOrderByName(siteId).first()

        then:
        result.errors() == []
        [saved.kind(), saved.status(), saved.criticality()] == expected
        saved.purchaseValue() == 250000000

        where:
        kind             | status          | criticality      | value               || expected
        'server'         | 'in_service'    | 'high'           | '250000000.00'      || [AssetKind.server, AssetStatus.in_service, Criticality.high]
        'Máy chủ'        | 'Đang sử dụng'  | 'Cao'            | '250.000.000 ₫'     || [AssetKind.server, AssetStatus.in_service, Criticality.high]
        'MÁY PHÁT ĐIỆN'  | 'đang sửa chữa' | 'Rất quan trọng' | '250.000.000'       || [AssetKind.generator, AssetStatus.under_repair, Criticality.critical]
        'Precision cooling' | 'Under repair' | 'Critical'     | '250000000'         || [AssetKind.precision_cooling, AssetStatus.under_repair, Criticality.critical]
        'Điều hòa chính xác' | 'Hỏng'      | 'Bình thường'    | '250,000,000'       || [AssetKind.precision_cooling, AssetStatus.faulty, Criticality.normal]
    }

    def "the preview of a file lists every wrong cell of every row at once"() {
        when:
        def result = importer.run([
                row(2, [kind: 'máy pha cà phê', status: 'đang dùng tạm', purchaseDate: '31/02/2026', positionU: 'mười']),
                row(3, [kind: 'server']),
                row(4, [kind: null, name: null, warrantyEnd: 'sắp hết']),
        ], true, 'spec')

        then: 'nothing is written, and each problem names its row and column'
        assets.findBySiteIdOrderByName(siteId) == []
        result.errors().collect { "${it.row()}:${it.field()}".toString() } as Set ==
                ['2:kind', '2:status', '2:purchaseDate', '2:positionU', '4:kind', '4:name', '4:warrantyEnd'] as Set
        result.valid() == 1
    }
}

package vn.dcim.core.db

import io.micronaut.context.ApplicationContext
import spock.lang.Specification
import vn.dcim.core.account.AccountRepository
import vn.dcim.core.account.AccountStatus
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.Protocol
import vn.dcim.core.site.RackRepository
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.EveryTableSeed
import vn.dcim.core.testing.SideSchema

/**
 * An installation of an older release upgrades without losing a row: its database, brought to that
 * release's schema and given a row in every table it has (whatever tables that is: the seed reads them
 * from the schema), is migrated by the product's start to the newest schema, and every seeded row is
 * still there, found by its key, and the product reads the main records through its repositories.
 */
class UpgradeKeepsEveryRowSpec extends Specification {

    /**
     * Columns whose strings the product reads as one of its enumerations; the schema says nothing of
     * it, so the seed's generic text would be a value no release ever wrote.
     */
    static final Map<String, Map<String, Object>> ENUMERATIONS = [
            asset           : [kind: AssetKind.ups.name(), status: AssetStatus.in_service.name(), criticality: Criticality.high.name()],
            monitored_device: [protocol: Protocol.snmp.name(), snmp_version: '2c'],
            account         : [status: AccountStatus.active.name()],
            room            : [kind: RoomKind.server_room.name()],
    ]

    /** Tables a migration replaced on purpose by another, which takes their rows (V66: readings into the series store). */
    static final Map<String, String> REPLACED = [reading: 'series_point']

    def "a database of #release with a row in every table keeps every row through the upgrade"() {
        given: "a database at V#version with one row in each of its tables"
        def db = new SideSchema("_every_row_${version}").createEmpty().migrateTo(version)
        def seed = db.withConnection { c -> EveryTableSeed.plant(c, db.name, ENUMERATIONS) }

        when: 'the product starts on it, as the new release on an installation of the old one'
        ApplicationContext product = db.startProduct()

        then: 'it is at the newest schema'
        db.appliedVersion() == db.newestMigration()

        and: 'no table lost a row, and each seeded row is found by its key'
        db.withConnection { c -> seed.lost(c, db.name, REPLACED) } == []

        and: 'the product reads the registry, its places and the accounts'
        product.getBean(SiteRepository).findById(seed.keys.site.id).orElseThrow().name() == seed.rows.site.name
        product.getBean(RoomRepository).findById(seed.keys.room.id).orElseThrow().siteId() == seed.keys.site.id
        product.getBean(RackRepository).findById(seed.keys.rack.id).orElseThrow().roomId() == seed.keys.room.id
        with(product.getBean(AssetRepository).findById(seed.keys.asset.id).orElseThrow()) {
            rackId() == seed.keys.rack.id
            kind() == AssetKind.ups
            name() == seed.rows.asset.name
        }
        with(product.getBean(MonitoredDeviceRepository).findById(seed.keys.monitored_device.id).orElseThrow()) {
            assetId() == seed.keys.asset.id
            // stored in the clear by the old release, encrypted at the upgrade's start: the same secret reads back
            community() == seed.rows.monitored_device.community
        }
        product.getBean(AccountRepository).findById(seed.keys.account.id).orElseThrow().username() == seed.rows.account.username

        cleanup:
        product?.close()
        db?.drop()

        where:
        release                  | version
        'the 2026-11-24 release' | '99'
        'the first release'      | '60'
    }
}

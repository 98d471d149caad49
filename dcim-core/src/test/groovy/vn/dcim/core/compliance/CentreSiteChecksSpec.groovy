package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.centre.Centres
import vn.dcim.core.testing.Sql


/**
 * A merged province's two centres each run their own sites: a check of what stands at a site (doors, cameras,
 * sensors, ISP links, the power chain, equipment) judges a centre by its own sites only, the installation by every
 * site. The former Bắc Kạn centre runs s1, where something falls short; the Thái Nguyên centre runs s2, where all is
 * well.
 */
@MicronautTest(transactional = false)
class CentreSiteChecksSpec extends CheckJudgementSpec {
    static final String TABLES = 'latest_reading access_event isp_link_check isp_link power_node monitored_device asset room centre_site site'

    @Inject vn.dcim.core.telemetry.LatestReadings latest
    @Inject Centres centres
    @Inject CentreProfiles compliance
    @Inject ComplianceStore store
    @Inject Catalogue catalogue

    void exec(List<String> statements) {
        new Sql(dataSource).refill(TABLES.split(' ').collect { "DELETE FROM $it".toString() },
                ["INSERT INTO site (id, name) VALUES ('s1', 'Bắc Kạn'), ('s2', 'Thái Nguyên')",
                 "INSERT INTO room (id, site_id, name, kind) VALUES (1, 's1', 'P1', 'server_room'), (2, 's2', 'P2', 'server_room')"] + statements)
        latest.reload()
    }

    static String asset(long id, String site, String kind, String status, String label) {
        "INSERT INTO asset (id, site_id, room_id, kind, name, label_code, status) VALUES ($id, '$site', ${site == 's1' ? 1 : 2}, '$kind', " +
                "'asset-$id', ${label ? "'$label'" : 'NULL'}, '$status')"
    }

    static String device(String id, String site, Long asset = null, String protocol = 'mqtt', String version = null) {
        "INSERT INTO monitored_device (id, site_id, asset_id, name, protocol, snmp_version, community, interval_s, timeout_ms, retries, enabled) " +
                "VALUES ('$id', '$site', ${asset ?: 'NULL'}, '$id', '$protocol', ${version ? "'$version'" : 'NULL'}, " +
                "${version == '2c' ? "'public'" : 'NULL'}, 60, 2000, 1, true)"
    }

    static String reading(String device, String metric, double value, String at = '2026-11-22 05:55:00') {
        "INSERT INTO latest_reading (device_id, metric, instance, ts, value) VALUES ('$device', '$metric', '0', '$at', $value)"
    }

    static String door(String device, String site, String received) {
        "INSERT INTO access_event (device_id, message_id, site_id, result, device_ts, received_ts) VALUES ('$device', 'm-$device', '$site', " +
                "'granted', '$received', '$received')"
    }

    static List<String> links(String site, long first, boolean secondUp) {
        ["INSERT INTO isp_link (id, site_id, provider) VALUES ($first, '$site', 'VNPT'), (${first + 1}, '$site', 'Viettel')".toString(),
                "INSERT INTO isp_link_check (link_id, ts, up, loss_pct) VALUES ($first, '2026-11-22 05:58:00', true, 0), " +
                "(${first + 1}, '2026-11-22 05:58:00', $secondUp, 0)".toString()]
    }

    static final Map<String, List<String>> AT = [
            // s1 falls short, s2 meets the requirement
            'camera-retention'      : [device('nvr-1', 's1'), device('nvr-2', 's2'), reading('nvr-1', 'camera.retention.days', 10),
                                       reading('nvr-2', 'camera.retention.days', 45)],
            'room-environment'      : [device('th-1', 's1'), device('th-2', 's2'), reading('th-1', 'env.temperature', 35),
                                       reading('th-2', 'env.temperature', 22)],
            'access-control-log'    : [asset(11, 's1', 'door_controller', 'in_service', 'L11'), asset(12, 's2', 'door_controller', 'in_service', 'L12'),
                                       device('door-1', 's1', 11), device('door-2', 's2', 12),
                                       door('door-1', 's1', '2026-11-22 03:00:00'), door('door-2', 's2', '2026-11-22 05:58:00')],
            'device-clocks'         : [device('door-1', 's1'), device('door-2', 's2'),
                                       "INSERT INTO access_event (device_id, message_id, site_id, result, device_ts, received_ts) VALUES " +
                                               "('door-1', 'a', 's1', 'granted', '2026-11-22 05:00:00', '2026-11-22 05:10:00'), " +
                                               "('door-2', 'b', 's2', 'granted', '2026-11-22 05:00:00', '2026-11-22 05:00:02')"],
            'two-isps'              : links('s1', 1, false) + links('s2', 3, true),
            'power-sources'         : ["INSERT INTO power_node (site_id, kind, name) VALUES ('s1', 'feed', 'EVN-1'), ('s1', 'ups', 'U1'), " +
                                               "('s2', 'feed', 'EVN-2'), ('s2', 'feed', 'EVN-3'), ('s2', 'generator', 'G2'), ('s2', 'ups', 'U2')"],
            'equipment-labelled'    : [asset(1, 's1', 'server', 'in_service', null), asset(2, 's2', 'server', 'in_service', 'L2')],
            'equipment-in-operation': [asset(1, 's1', 'server', 'faulty', 'L1'), asset(2, 's2', 'server', 'in_service', 'L2')],
            'every-device-monitored': [asset(1, 's1', 'ups', 'in_service', 'L1'), asset(2, 's2', 'ups', 'in_service', 'L2'), device('ups-2', 's2', 2)],
            'default-credentials'   : [device('sw-1', 's1', null, 'snmp', '2c'), device('sw-2', 's2', null, 'snmp', '3')],
    ]

    def "#key judged over #sites: #state"() {
        given:
        exec(AT[key])
        def check = registered(key) as SiteCheck

        when:
        def j = check.judge(NOW, PolicyProfiles.load('bac-kan'), sites == null ? JudgedSites.EVERY : JudgedSites.of(sites))

        then:
        j.state().name() == state

        where:
        key                      | sites        || state
        'camera-retention'       | ['s1']       || 'non_compliant'
        'camera-retention'       | ['s2']       || 'compliant'
        'camera-retention'       | null         || 'non_compliant'
        'camera-retention'       | []           || 'not_enough_data'
        'room-environment'       | ['s1']       || 'non_compliant'
        'room-environment'       | ['s2']       || 'compliant'
        'room-environment'       | null         || 'non_compliant'
        'access-control-log'     | ['s1']       || 'non_compliant'
        'access-control-log'     | ['s2']       || 'compliant'
        'access-control-log'     | []           || 'not_enough_data'
        'device-clocks'          | ['s1']       || 'non_compliant'
        'device-clocks'          | ['s2']       || 'compliant'
        'device-clocks'          | null         || 'non_compliant'
        'two-isps'               | ['s1']       || 'non_compliant'
        'two-isps'               | ['s2']       || 'not_enough_data'
        'two-isps'               | []           || 'not_enough_data'
        'power-sources'          | ['s1']       || 'non_compliant'
        'power-sources'          | ['s2']       || 'compliant'
        'power-sources'          | ['s1', 's2'] || 'compliant'
        'equipment-labelled'     | ['s1']       || 'non_compliant'
        'equipment-labelled'     | ['s2']       || 'compliant'
        'equipment-labelled'     | null         || 'non_compliant'
        'equipment-in-operation' | ['s1']       || 'non_compliant'
        'equipment-in-operation' | ['s2']       || 'compliant'
        'every-device-monitored' | ['s1']       || 'non_compliant'
        'every-device-monitored' | ['s2']       || 'compliant'
        'default-credentials'    | ['s1']       || 'non_compliant'
        'default-credentials'    | ['s2']       || 'compliant'
        'default-credentials'    | []           || 'not_enough_data'
    }

    def "each centre's findings are its own: the same requirement fails at one centre and holds at the other, under different regulations"() {
        given: 'two centres of Thái Nguyên, each running one site and following its own regulation'
        // the evaluator judges at the product's clock: the cameras reported a minute ago
        def fresh = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1).withNano(0).toString().replace('T', ' ')
        exec([device('nvr-1', 's1'), device('nvr-2', 's2'), reading('nvr-1', 'camera.retention.days', 10, fresh),
              reading('nvr-2', 'camera.retention.days', 45, fresh)])
        def north = centres.add('tn-' + System.nanoTime() % 1_000_000, 'Trung tâm Thái Nguyên', 'Thái Nguyên', 'leader')
        def south = centres.add('bk-' + System.nanoTime() % 1_000_000, 'Trung tâm Bắc Kạn (cũ)', 'Thái Nguyên', 'leader')
        centres.assignSite(south.id(), 's1', 'leader')
        centres.assignSite(north.id(), 's2', 'leader')
        compliance.adopt(south.id(), 'bac-kan', null, 'leader')
        compliance.adopt(north.id(), 'qd-59-2024-an-giang', null, 'leader')
        def camera = catalogue.all().find { it.check() == 'camera-retention' }.id()
        def password = catalogue.all().find { it.check() == 'password-length' }?.id()

        when:
        def all = compliance.evaluateAll('vi')
        def southRow = all.find { it.centre().id() == south.id() }.rows().find { it.id() == camera }
        def northRow = all.find { it.centre().id() == north.id() }.rows().find { it.id() == camera }

        then: 'the camera requirement fails at the Bắc Kạn centre only'
        southRow.state() == ComplianceState.non_compliant
        northRow.state() == ComplianceState.compliant
        southRow.siteBound()
        all.find { it.centre().id() == south.id() }.findings()*.id().contains(camera)
        !all.find { it.centre().id() == north.id() }.findings()*.id().contains(camera)

        and: 'each is recorded apart, with the regulation that judged it'
        store.current(south.id())[camera].state() == ComplianceState.non_compliant
        store.current(north.id())[camera].state() == ComplianceState.compliant
        store.history(south.id(), camera).last().profileId() == 'qd-11-2023-bac-kan'
        store.history(north.id(), camera).last().profileId() == 'qd-59-2024-an-giang'

        and: 'a rule of the product itself is one answer for every centre, not bound to a site'
        password == null || !all[0].rows().find { it.id() == password }.siteBound()

        when: 'the Bắc Kạn site moves to the other centre'
        centres.assignSite(north.id(), 's1', 'leader')
        def moved = compliance.evaluateAll('vi')

        then: 'its camera now counts there, and the former centre has nothing left to judge'
        moved.find { it.centre().id() == north.id() }.rows().find { it.id() == camera }.state() == ComplianceState.non_compliant
        moved.find { it.centre().id() == south.id() }.rows().find { it.id() == camera }.state() == ComplianceState.not_enough_data
    }
}

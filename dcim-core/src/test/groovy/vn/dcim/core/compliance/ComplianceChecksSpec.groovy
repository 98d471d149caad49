package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.AccountSettings
import vn.dcim.core.account.LockoutSettings
import vn.dcim.core.account.PasswordSettings
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.Protocol
import vn.dcim.core.notification.NotificationRepository
import vn.dcim.core.notification.RecipientRepository
import vn.dcim.core.notification.SmtpSettings
import vn.dcim.core.testing.Sql

import java.time.Duration

/**
 * Each automatic check judged on three situations built in the database: one that complies, one that
 * does not, and one with nothing to judge by (never compliant on no data). The state and the
 * evidence (a link to the deciding records) are asserted.
 */
@MicronautTest(transactional = false)
class ComplianceChecksSpec extends CheckJudgementSpec {
    static final String SITE = "INSERT INTO site (id, name) VALUES ('s1', 'Site')"
    static final String ROOM = "INSERT INTO room (id, site_id, name, kind) VALUES (1, 's1', 'Server room', 'server_room')"
    static final String TABLES = 'latest_reading access_event isp_link_check isp_link backup_run incident_journal incident work_order ' +
            'maintenance_plan software_asset duty_shift staff_member visit vulnerability power_node monitored_device asset room compliance_task notification notification_recipient kept_record site'

    @Inject MonitoredDeviceRepository devices
    @Inject RecipientRepository recipients
    @Inject NotificationRepository outbox
    @Inject vn.dcim.core.telemetry.LatestReadings latest

    void exec(List<String> statements) {
        new Sql(dataSource).refill(TABLES.split(' ').collect { "DELETE FROM $it".toString() } +
                ["DELETE FROM account WHERE username = 'an'", "UPDATE account SET status = 'suspended'"], statements)
        // the fixture deleted rows behind the service's back: the values held in memory are read anew
        latest.reload()
    }

    static String asset(long id, String kind, String status, String label, Long room = 1) {
        "INSERT INTO asset (id, site_id, room_id, kind, name, label_code, status) VALUES ($id, 's1', ${room ?: 'NULL'}, '$kind', 'asset-$id', " +
                "${label ? "'$label'" : 'NULL'}, '$status')"
    }

    static String reading(String device, String metric, double value, String at = '2026-11-22 05:55:00') {
        "INSERT INTO latest_reading (device_id, metric, instance, ts, value) VALUES ('$device', '$metric', '0', '$at', $value)"
    }

    static String software(String licence, String expiry) {
        "INSERT INTO software_asset (id, site_id, name, asset_value, criticality, purpose, scope_of_use, managing_body, licence_information, " +
                "version, storage_location, confidentiality, integrity, availability, licence_kind, licence_expiry) VALUES (7, 's1', 'HIS', 1000, 'normal', " +
                "'p', 'all', 'ICT Center', ${licence ? "'$licence'" : 'NULL'}, '1.0', 'DC', 'low', 'low', 'low', 'perpetual', ${expiry ? "'$expiry'" : 'NULL'})"
    }

    static String backup(String at, boolean ok, boolean sameDevice = false) {
        "INSERT INTO backup_run (id, taken_at, file_name, checksums_verified, restore_verified, same_device, ok) VALUES (3, '$at', 'b.sql', $ok, $ok, $sameDevice, $ok)"
    }

    static String incident(String securityLevel, String resolution = null, String level = 'serious') {
        "INSERT INTO incident (id, title, level, security_level, status, backup_done, opened_at, last_alarm_at, closed_at, resolution) VALUES " +
                "(8, 'UPS on battery', '$level', ${securityLevel ? "'$securityLevel'" : 'NULL'}, 'closed', true, '2026-11-01 00:00:00', " +
                "'2026-11-01 00:00:00', '2026-11-02 00:00:00', ${resolution ? "'$resolution'" : 'NULL'})"
    }

    static final String JOURNAL = "INSERT INTO incident_journal (incident_id, at, author, kind, text) VALUES (8, '2026-11-01 01:00:00', 'op', 'note', 'switched to generator')"

    /** A plan of its own id, clear of the shipped plans a product's first start loads (web's specs). */
    static final long PLAN = 905

    static String plan(String name, String article = 'Art. 14.3') {
        "INSERT INTO maintenance_plan (id, code, name, every_months, checklist, article) VALUES ($PLAN, 'p5', '$name', 12, '-', '$article')"
    }

    static String order(String finished) {
        "INSERT INTO work_order (plan_id, due_date, status, finished_at) VALUES ($PLAN, '2026-01-01', 'done', '$finished')"
    }

    /** An open work order of plan 5, due on that day. */
    static String due(String day) {
        "INSERT INTO work_order (plan_id, due_date, status) VALUES ($PLAN, '$day', 'planned')"
    }

    static String door(String received, String device = '2026-11-22 05:55:00') {
        "INSERT INTO access_event (device_id, message_id, site_id, result, device_ts, received_ts) VALUES ('door-1', 'm1', 's1', 'granted', '$device', '$received')"
    }

    static final List<String> DOOR = [asset(9, 'door_controller', 'in_service', 'L9'),
            "INSERT INTO monitored_device (id, site_id, asset_id, name, protocol, interval_s, timeout_ms, retries, enabled) VALUES ('door-1', 's1', 9, 'door', 'mqtt', 60, 2000, 1, true)"]

    static String task(String kind, String due, String done) {
        "INSERT INTO compliance_task (kind, period, title, article, due_date, done_at) VALUES ('$kind', 2026, 't', 'Art. 27.6', '$due', ${done ? "'$done'" : 'NULL'})"
    }

    static String entry(String badge, String at) {
        "INSERT INTO access_event (device_id, message_id, site_id, result, badge, device_ts, received_ts) VALUES ('door-1', 'm-$badge-$at', 's1', " +
                "'granted', '$badge', '$at', '$at')"
    }

    static String staff(String name, String badge, String left = null) {
        "INSERT INTO staff_member (name, badge, joined_at, left_at) VALUES ('$name', '$badge', '2020-01-01 00:00:00', ${left ? "'$left'" : 'NULL'})"
    }

    static String visit(String badge, String from, String to) {
        "INSERT INTO visit (visitor, organisation, purpose, badge, starts_at, ends_at, approved_by, no_devices, created_by, created_at) VALUES " +
                "('Nguyễn Văn A', 'VNPT', 'bảo trì', '$badge', '$from', '$to', 'lead', true, 'spec', '$from')"
    }

    static String vulnerability(String severity, String status, String plan, String reported = null) {
        "INSERT INTO vulnerability (id, asset_id, reference, title, severity, status, plan, found_at, reported_at, created_by) VALUES (4, 1, " +
                "'CVE-2026-1', 'OpenSSH', '$severity', '$status', ${plan ? "'$plan'" : 'NULL'}, '2026-11-01 00:00:00', " +
                "${reported ? "'$reported'" : 'NULL'}, 'spec')"
    }

    static String recipient(String role, String channel = 'email') {
        "INSERT INTO notification_recipient (name, role, channel, address) VALUES ('$role', '$role', '$channel', '$role@so.vn')"
    }

    static String yearlyReport(String delivered) {
        "INSERT INTO notification (channel, address, role, subject, body, created_at, attempts, next_attempt_at, delivered_at, attachment) VALUES " +
                "('email', 'so@x.vn', 'management_body', 's', 'b', '2026-01-05 06:00:00', 1, '2026-01-05 06:00:00', " +
                "${delivered ? "'$delivered'" : 'NULL'}, '/d/reports/bao-cao-thiet-bi-2025.xlsx')"
    }

    /** The Bắc Kạn profile with one number made stricter: how a setting the product clamps can still fall short of a profile. */
    static PolicyProfile stricter(String key, double value) {
        def base = PolicyProfiles.load('bac-kan')
        def values = new LinkedHashMap(base.values())
        values[key] = new PolicyProfile.Setting(value, 'stricter than Bắc Kạn')
        new PolicyProfile('stricter', 'stricter', base.regulation(), base.issuer(), [], base.texts(), false, values)
    }

    /** Art. 12.1: one entry of the records repository of each type, covering the given period. */
    static List<String> keptRecords(List<String> types, String from = '2026-01-01', String to = null) {
        types.collect { t ->
            "INSERT INTO kept_record (record_type, title, period_from, period_to, stored_at, responsible, retention_years, created_by, created_at) " +
                    "VALUES ('$t', 'hồ sơ $t', '$from', ${to ? "'$to'" : 'NULL'}, 'Tủ P.201', 'Bình', 5, 'spec', '2026-01-01 00:00:00')"
        }
    }

    static final List<String> RECORD_TYPES = ['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h', 'i']

    /** Consecutive 24-hour shifts from {@code from}. */
    static List<String> shifts(String from, int days) {
        (0..<days).collect { d ->
            "INSERT INTO duty_shift (starts_at, ends_at, operator, created_by, created_at) VALUES (DATE_ADD('$from', INTERVAL $d DAY), " +
                    "DATE_ADD('$from', INTERVAL ${d + 1} DAY), 'op$d', 'spec', '$from')"
        }
    }

    def "#key, #situation: #state with evidence #evidence"() {
        given:
        exec(([SITE, ROOM] + setup) as List<String>)

        when:
        def j = judge(key)

        then:
        j.state().name() == state
        j.evidence()*.href().any { it.startsWith(evidence) }

        where:
        key                           | situation                         | setup                                                                   || state             | evidence
        'equipment-in-operation'      | 'only working equipment'          | [asset(1, 'server', 'in_service', 'L1')]                                || 'compliant'       | '/ui/assets'
        'equipment-in-operation'      | 'a faulty server in the room'     | [asset(1, 'server', 'faulty', 'L1')]                                    || 'non_compliant'   | '/ui/assets/1'
        'equipment-in-operation'      | 'no equipment placed'             | []                                                                      || 'not_enough_data' | '/ui/assets'
        'equipment-labelled'          | 'labelled'                        | [asset(1, 'server', 'in_service', 'L1')]                                || 'compliant'       | '/ui/assets'
        'equipment-labelled'          | 'without a label'                 | [asset(1, 'server', 'in_service', null)]                                || 'non_compliant'   | '/ui/assets/1'
        'equipment-labelled'          | 'no equipment'                    | []                                                                      || 'not_enough_data' | '/ui/assets'
        'power-sources'               | 'grid, generator and UPS'         | ["INSERT INTO power_node (site_id, kind, name) VALUES ('s1', 'feed', 'EVN'), ('s1', 'generator', 'G1'), ('s1', 'ups', 'U1')"] || 'compliant' | '/#power-chain'
        'power-sources'               | 'one grid feed and a UPS'         | ["INSERT INTO power_node (site_id, kind, name) VALUES ('s1', 'feed', 'EVN'), ('s1', 'ups', 'U1')"] || 'non_compliant' | '/#power-chain'
        'power-sources'               | 'no power chain'                  | []                                                                      || 'not_enough_data' | '/#power-chain'
        'room-environment'            | '22 °C and 50 %RH'                | [reading('th-1', 'env.temperature', 22), reading('th-1', 'env.humidity', 50)] || 'compliant' | '/ui/devices/th-1'
        'room-environment'            | '35 °C'                           | [reading('th-1', 'env.temperature', 35)]                                || 'non_compliant'   | '/ui/devices/th-1'
        'room-environment'            | 'no sensor reported'              | []                                                                      || 'not_enough_data' | '/ui/devices'
        'camera-retention'            | '45 days kept'                    | [reading('nvr-1', 'camera.retention.days', 45)]                         || 'compliant'       | '/ui/devices/nvr-1'
        'camera-retention'            | '10 days kept'                    | [reading('nvr-1', 'camera.retention.days', 10)]                         || 'non_compliant'   | '/ui/devices/nvr-1'
        'camera-retention'            | 'no camera reports'               | []                                                                      || 'not_enough_data' | '/ui/devices'
        'access-control-log'          | 'door heard 5 minutes ago'        | DOOR + [door('2026-11-22 05:55:00')]                                    || 'compliant'       | '/ui/access-log'
        'access-control-log'          | 'door silent for 2 hours'         | DOOR + [door('2026-11-22 04:00:00', '2026-11-22 04:00:00')]             || 'non_compliant'   | '/ui/access-log'
        'access-control-log'          | 'no door controller'              | []                                                                      || 'not_enough_data' | '/ui/access-log'
        'device-clocks'               | 'clock 5 s off'                   | DOOR + [door('2026-11-22 05:55:05')]                                    || 'compliant'       | '/ui/access-log'
        'device-clocks'               | 'clock 5 minutes off'             | DOOR + [door('2026-11-22 06:00:00')]                                    || 'non_compliant'   | '/ui/access-log'
        'device-clocks'               | 'no device event'                 | []                                                                      || 'not_enough_data' | '/ui/access-log'
        'every-device-monitored'      | 'the UPS is polled'               | [asset(1, 'ups', 'in_service', 'L1'), "INSERT INTO monitored_device (id, site_id, asset_id, name, protocol, interval_s, timeout_ms, retries, enabled) VALUES ('ups-1', 's1', 1, 'u', 'mqtt', 60, 2000, 1, true)"] || 'compliant' | '/ui/devices'
        'every-device-monitored'      | 'the UPS is not polled'           | [asset(1, 'ups', 'in_service', 'L1')]                                   || 'non_compliant'   | '/ui/assets/1'
        'every-device-monitored'      | 'no equipment'                    | []                                                                      || 'not_enough_data' | '/ui/assets'
        'two-isps'                    | 'two providers up, no traffic readings to show load sharing' | ["INSERT INTO isp_link (id, site_id, provider) VALUES (1, 's1', 'VNPT'), (2, 's1', 'Viettel')", "INSERT INTO isp_link_check (link_id, ts, up, loss_pct) VALUES (1, '2026-11-22 05:58:00', true, 0), (2, '2026-11-22 05:58:00', true, 0)"] || 'not_enough_data' | '/ui/isp-links'
        'two-isps'                    | 'one provider down'               | ["INSERT INTO isp_link (id, site_id, provider) VALUES (1, 's1', 'VNPT'), (2, 's1', 'Viettel')", "INSERT INTO isp_link_check (link_id, ts, up, loss_pct) VALUES (1, '2026-11-22 05:58:00', true, 0), (2, '2026-11-22 05:58:00', false, 100)"] || 'non_compliant' | '/ui/isp-links'
        'two-isps'                    | 'no ISP link'                     | []                                                                      || 'not_enough_data' | '/ui/isp-links'
        'software-list-complete'      | 'all nine fields'                 | [software('OEM key', null)]                                             || 'compliant'       | '/ui/licences'
        'software-list-complete'      | 'licence missing'                 | [software(null, null)]                                                  || 'non_compliant'   | '/ui/licences#licence-7'
        'software-list-complete'      | 'empty list'                      | []                                                                      || 'not_enough_data' | '/ui/licences'
        'software-licensed'           | 'licensed'                        | [software('OEM key', '2027-01-01')]                                     || 'compliant'       | '/ui/licences'
        'software-licensed'           | 'licence expired'                 | [software('OEM key', '2026-01-01')]                                     || 'non_compliant'   | '/ui/licences#licence-7'
        'software-licensed'           | 'empty list'                      | []                                                                      || 'not_enough_data' | '/ui/licences'
        'backup-monthly'              | 'backup 3 days ago'               | [backup('2026-11-19 01:00:00', true)]                                   || 'compliant'       | '/ui/compliance/records/backups'
        'backup-monthly'              | 'backup 60 days ago'              | [backup('2026-09-23 01:00:00', true)]                                   || 'non_compliant'   | '/ui/compliance/records/backups'
        'backup-monthly'              | 'no backup'                       | []                                                                      || 'not_enough_data' | '/ui/compliance/records/backups'
        'backup-verified'             | 'verified'                        | [backup('2026-11-19 01:00:00', true)]                                   || 'compliant'       | '/ui/compliance/records/backups'
        'backup-verified'             | 'failed'                          | [backup('2026-11-19 01:00:00', false)]                                  || 'non_compliant'   | '/ui/compliance/records/backups'
        'backup-verified'             | 'no backup'                       | []                                                                      || 'not_enough_data' | '/ui/compliance/records/backups'
        'licence-expiry-managed'      | 'licence valid'                   | [software('OEM key', '2027-01-01')]                                     || 'compliant'       | '/ui/licences'
        'licence-expiry-managed'      | 'licence expired'                 | [software('OEM key', '2026-01-01')]                                     || 'non_compliant'   | '/ui/licences#licence-7'
        'licence-expiry-managed'      | 'empty list'                      | []                                                                      || 'not_enough_data' | '/ui/licences'
        'incidents-classified'        | 'level set'                       | [incident('medium')]                                                    || 'compliant'       | '/ui/incidents'
        'incidents-classified'        | 'no level'                        | [incident('medium', null, '')]                                          || 'non_compliant'   | '/ui/incidents/8'
        'incidents-classified'        | 'no incident'                     | []                                                                      || 'not_enough_data' | '/ui/incidents'
        'security-incidents-classified' | 'security level set'            | [incident('medium', 'fixed')]                                           || 'compliant'       | '/ui/incidents'
        'security-incidents-classified' | 'no security level'             | [incident(null, 'fixed')]                                               || 'non_compliant'   | '/ui/incidents/8'
        'security-incidents-classified' | 'no incident'                   | []                                                                      || 'not_enough_data' | '/ui/incidents'
        'incidents-journaled'         | 'journal and resolution'          | [incident('medium', 'fixed'), JOURNAL]                                  || 'compliant'       | '/ui/incidents'
        'incidents-journaled'         | 'closed without a journal'        | [incident('medium', 'fixed')]                                           || 'non_compliant'   | '/ui/incidents/8'
        'incidents-journaled'         | 'no incident closed'              | []                                                                      || 'not_enough_data' | '/ui/incidents'
        'maintenance-yearly'          | 'done 100 days ago'               | [plan('UPS service'), order('2026-08-14 08:00:00')]                     || 'compliant'       | '/ui/workorders'
        'maintenance-yearly'          | 'done 400 days ago'               | [plan('UPS service'), order('2025-10-18 08:00:00')]                     || 'non_compliant'   | '/ui/workorders'
        'maintenance-yearly'          | 'no plan'                         | []                                                                      || 'not_enough_data' | '/ui/workorders'
        'maintenance-yearly'          | 'new plan, first order not due'   | [plan('UPS service'), due('2026-12-15')]                                || 'not_enough_data' | '/ui/workorders'
        'maintenance-yearly'          | 'never done, order overdue'       | [plan('UPS service'), due('2026-11-01')]                                || 'non_compliant'   | '/ui/workorders'
        'fire-lightning-inspected'    | 'inspected 100 days ago'          | [plan('Fire panel inspection', 'Art. 6.3'), order('2026-08-14 08:00:00')] || 'compliant'     | '/ui/workorders'
        'fire-lightning-inspected'    | 'never inspected, overdue'        | [plan('Fire panel inspection', 'Art. 6.3'), due('2026-11-01')]          || 'non_compliant'   | '/ui/workorders'
        'fire-lightning-inspected'    | 'never inspected, none due yet'   | [plan('Fire panel inspection', 'Art. 6.3')]                             || 'not_enough_data' | '/ui/workorders'
        'fire-lightning-inspected'    | 'no inspection plan'              | []                                                                      || 'not_enough_data' | '/ui/workorders'
        'idle-accounts'               | 'signed in yesterday'             | ["INSERT INTO account (username, system_name, status, last_login, created_at) VALUES ('an', 'dcim', 'active', '2026-11-21 08:00:00', '2026-01-01 00:00:00')"] || 'compliant' | '/ui/compliance/records/accounts'
        'idle-accounts'               | 'idle 40 days, still active'      | ["INSERT INTO account (username, system_name, status, last_login, created_at) VALUES ('an', 'dcim', 'active', '2026-10-13 08:00:00', '2026-01-01 00:00:00')"] || 'non_compliant' | '/ui/compliance/records/accounts'
        'idle-accounts'               | 'no active account'               | []                                                                      || 'not_enough_data' | '/ui/compliance/records/accounts'
        'yearly-vulnerability-assessment' | 'done this year'              | [task('vulnerability_assessment', '2026-12-31', '2026-06-01 00:00:00')] || 'compliant'       | '/ui/compliance#tasks'
        'yearly-vulnerability-assessment' | 'overdue'                     | [task('vulnerability_assessment', '2026-10-31', null)]                  || 'non_compliant'   | '/ui/compliance#tasks'
        'yearly-vulnerability-assessment' | 'no task'                     | []                                                                      || 'not_enough_data' | '/ui/compliance#tasks'
        'duty-roster-24-7'            | 'shifts for the next 8 days'      | shifts('2026-11-22 00:00:00', 8)                                        || 'compliant'       | '/ui/compliance/records/duty-roster'
        'duty-roster-24-7'            | 'only today planned'              | shifts('2026-11-22 00:00:00', 1)                                        || 'non_compliant'   | '/ui/compliance/records/duty-roster'
        'duty-roster-24-7'            | 'no roster'                       | []                                                                      || 'not_enough_data' | '/ui/compliance/records/duty-roster'
        'leavers-badges-revoked'      | 'the leaver badge unused'         | [staff('Lan', 'B1', '2026-11-01 00:00:00'), entry('B2', '2026-11-10 08:00:00')] || 'compliant' | '/ui/compliance/records/staff'
        'leavers-badges-revoked'      | 'the leaver badge opened a door' | [staff('Lan', 'B1', '2026-11-01 00:00:00'), entry('B1', '2026-11-10 08:00:00')] || 'non_compliant' | '/ui/access-log'
        'leavers-badges-revoked'      | 'no leaver'                       | [staff('Lan', 'B1')]                                                    || 'not_enough_data' | '/ui/compliance/records/staff'
        'visits-registered'           | 'staff and a registered visitor'  | [staff('Lan', 'B1'), entry('B1', '2026-11-10 08:00:00'), visit('V7', '2026-11-12 08:00:00', '2026-11-12 17:00:00'), entry('V7', '2026-11-12 09:00:00')] || 'compliant' | '/ui/compliance/records/visits'
        'visits-registered'           | 'a visitor outside the window'    | [visit('V7', '2026-11-12 08:00:00', '2026-11-12 17:00:00'), entry('V7', '2026-11-13 09:00:00')] || 'non_compliant' | '/ui/compliance/records/visits'
        'visits-registered'           | 'no entry'                        | []                                                                      || 'not_enough_data' | '/ui/compliance/records/visits'
        'vulnerabilities-managed'     | 'serious, reported at once'       | [asset(1, 'server', 'in_service', 'L1'), vulnerability('serious', 'open', 'patch', '2026-11-01 01:00:00')] || 'compliant' | '/ui/compliance/records/vulnerabilities'
        'vulnerabilities-managed'     | 'serious, never reported'         | [asset(1, 'server', 'in_service', 'L1'), vulnerability('serious', 'open', 'patch')] || 'non_compliant' | '/ui/compliance/records/vulnerabilities#vulnerability-4'
        'vulnerabilities-managed'     | 'empty register'                  | []                                                                      || 'not_enough_data' | '/ui/compliance/records/vulnerabilities'
        'vulnerabilities-planned'     | 'open with a mitigation plan'     | [asset(1, 'server', 'in_service', 'L1'), vulnerability('high', 'open', 'firewall rule until patched')] || 'compliant' | '/ui/compliance/records/vulnerabilities'
        'vulnerabilities-planned'     | 'open without a plan'             | [asset(1, 'server', 'in_service', 'L1'), vulnerability('high', 'open', null)] || 'non_compliant' | '/ui/compliance/records/vulnerabilities#vulnerability-4'
        'vulnerabilities-planned'     | 'all fixed'                       | [asset(1, 'server', 'in_service', 'L1'), vulnerability('high', 'fixed', null)] || 'not_enough_data' | '/ui/compliance/records/vulnerabilities'
        'equipment-report-sent'       | '2026-Q3 delivered'               | ["INSERT INTO notification (channel, address, role, subject, body, created_at, attempts, next_attempt_at, delivered_at, attachment) VALUES ('email', 'so@x.vn', 'management_body', 's', 'b', '2026-10-01 06:00:00', 1, '2026-10-01 06:00:00', '2026-10-01 06:01:00', '/d/reports/bao-cao-thiet-bi-2026-Q3.xlsx')"] || 'compliant' | '/ui/reports?period=2026-Q3'
        'equipment-report-sent'       | 'written, queued, never delivered'| ["INSERT INTO notification (channel, address, role, subject, body, created_at, attempts, next_attempt_at, attachment) VALUES ('email', 'so@x.vn', 'management_body', 's', 'b', '2026-10-01 06:00:00', 1, '2026-10-01 06:00:00', '/d/reports/bao-cao-thiet-bi-2026-Q3.xlsx')"] || 'non_compliant' | '/ui/compliance/records/notifications'
        'equipment-report-sent'       | 'sent to no one'                  | []                                                                      || 'non_compliant'   | '/ui/reports?period=2026-Q3'
        'yearly-malware-scan'         | 'done this year'                  | [task('malware_scan', '2026-12-31', '2026-06-01 00:00:00')]             || 'compliant'       | '/ui/compliance#tasks'
        'yearly-malware-scan'         | 'overdue'                         | [task('malware_scan', '2026-10-31', null)]                              || 'non_compliant'   | '/ui/compliance#tasks'
        'yearly-malware-scan'         | 'no task'                         | []                                                                      || 'not_enough_data' | '/ui/compliance#tasks'
        'yearly-training'             | 'done this year'                  | [task('security_training', '2026-12-31', '2026-06-01 00:00:00')]        || 'compliant'       | '/ui/compliance#tasks'
        'yearly-training'             | 'overdue'                         | [task('security_training', '2026-10-31', null)]                         || 'non_compliant'   | '/ui/compliance#tasks'
        'yearly-training'             | 'no task'                         | []                                                                      || 'not_enough_data' | '/ui/compliance#tasks'
        'yearly-report-sent'          | '2025 delivered'                  | [yearlyReport('2026-01-05 06:01:00')]                                   || 'compliant'       | '/ui/reports?period=2025'
        'yearly-report-sent'          | 'written, queued, never delivered'| [yearlyReport(null)]                                                    || 'non_compliant'   | '/ui/compliance/records/notifications'
        // no not_enough_data row for the report checks: a report nobody was sent is the failure Art. 7.2 / 18.1 name, never "no data"
        'yearly-report-sent'          | 'sent to no one'                  | []                                                                      || 'non_compliant'   | '/ui/reports?period=2025'
        'management-body-recipients'  | 'management body and committee'   | [recipient('management_body'), recipient('people_committee')]           || 'compliant'       | '/ui/recipients'
        'management-body-recipients'  | 'management body only'            | [recipient('management_body')]                                          || 'non_compliant'   | '/ui/recipients'
        // no not_enough_data row: the recipient list is the product's own setting; an empty list is the failure Art. 13.2b-c names
        'records-kept'                | 'each type (a) to (i) for 2026'   | keptRecords(RECORD_TYPES)                                               || 'compliant'       | '/ui/records'
        'records-kept'                | 'no inspection minutes (h)'       | keptRecords(RECORD_TYPES - 'h')                                         || 'non_compliant'   | '/ui/records?type=h'
        'records-kept'                | 'operation logs (i) ended in October' | keptRecords(RECORD_TYPES - 'i') + keptRecords(['i'], '2026-01-01', '2026-10-31') || 'non_compliant' | '/ui/records?type=i'
        'records-kept'                | 'empty repository'                | []                                                                      || 'not_enough_data' | '/ui/records'
        'management-body-recipients'  | 'no recipient configured'         | []                                                                      || 'non_compliant'   | '/ui/recipients'
    }

    def "the product's own rules, #key against #profile: #state with evidence #evidence"() {
        when:
        def j = judge(key, profile)

        then:
        j.state().name() == state
        j.evidence()*.href().any { it.startsWith(evidence) }

        where:
        key                      | profile    || state           | evidence
        'password-length'        | 'bac-kan'  || 'compliant'     | '/ui/admin'
        'password-length'        | 'hung-yen' || 'compliant'     | '/ui/admin'
        'password-complexity'    | 'bac-kan'  || 'compliant'     | '/ui/admin'
        'password-age'           | 'bac-kan'  || 'compliant'     | '/ui/admin'
        'login-lockout'          | 'bac-kan'  || 'compliant'     | '/ui/admin#audit'
        'login-lockout-000'      | 'bac-kan'  || 'compliant'     | '/ui/admin#audit'
        'session-timeout'        | 'bac-kan'  || 'compliant'     | '/ui/admin'
        'encrypted-transmission' | 'bac-kan'  || 'non_compliant' | '/ui/admin'
    }

    /*
     * The settings checks have no not_enough_data row: a setting always has a value (its default), so there is
     * always something to judge by. Password length, complexity and age, and the lockout attempts, are clamped by
     * PasswordPolicy / the checks to the Bắc Kạn floor (8/11 characters, 60 days, 5 attempts), so no
     * configuration makes them fall short of Bắc Kạn: their non-compliant rows judge them against a stricter profile.
     */
    def "the product's own rules, #key with #situation: #state with evidence #evidence"() {
        when:
        def j = check.judge(NOW, profile)

        then:
        check.key() == key
        j.state().name() == state
        j.evidence()*.href().any { it.startsWith(evidence) }

        where:
        key                    | situation                             | check                                                                   | profile                                  || state           | evidence
        'password-age'         | 'a profile asking 30 days'            | RULES.passwordAge(password(Duration.ofDays(60)))                | stricter('password-max-age-days', 30)    || 'non_compliant' | '/ui/admin'
        'password-age'         | '90 days configured (clamped to 60)'  | RULES.passwordAge(password(Duration.ofDays(90)))                | PolicyProfiles.load('bac-kan')           || 'compliant'     | '/ui/admin'
        'password-complexity'  | 'a profile asking 12 characters'      | RULES.passwordComplexity(password(Duration.ofDays(60)))         | stricter('password-min-user', 12)        || 'non_compliant' | '/ui/admin'
        'login-lockout'        | 'a 10-minute window'                  | RULES.loginLockout(new LockoutSettings(5, Duration.ofMinutes(10)))   | PolicyProfiles.load('bac-kan')         || 'non_compliant' | '/ui/admin#audit'
        'login-lockout'        | 'a profile asking 3 attempts'         | RULES.loginLockout(new LockoutSettings(5, Duration.ofMinutes(30)))   | stricter('lockout-attempts', 3)        || 'non_compliant' | '/ui/admin#audit'
        'login-lockout-000'    | 'a 10-minute window'                  | RULES.loginLockoutQd22(new LockoutSettings(5, Duration.ofMinutes(10)))  | PolicyProfiles.load('bac-kan')           || 'non_compliant' | '/ui/admin#audit'
        'session-timeout'      | 'sessions idle 30 minutes'            | RULES.sessionTimeout(new AccountSettings(Duration.ofMinutes(30), 30, 20))| PolicyProfiles.load('bac-kan')           || 'non_compliant' | '/ui/admin'
    }

    static final PolicyChecks RULES = new PolicyChecks()

    /** The regulation's password numbers but the privileged passwords' age. */
    static PasswordSettings password(Duration maxAgePrivileged) {
        new PasswordSettings(8, 11, 5, maxAgePrivileged, Duration.ofDays(90))
    }

    /*
     * Art. 30.8c: no not_enough_data row either. No SMTP server and no recipient is the product's own
     * configuration missing, which is the failure itself: it reads non_compliant, never compliant.
     */
    def "email-notification, #situation: #state with evidence"() {
        given:
        exec(([SITE] + setup) as List<String>)
        def check = new EmailNotificationCheck(recipients, outbox,
                new SmtpSettings(host, null, null, null, null, null, null))

        when:
        def j = check.judge(NOW, PolicyProfiles.load('bac-kan'))

        then:
        check.key() == 'email-notification'
        j.state().name() == state
        j.evidence()*.href() == ['/ui/recipients', '/ui/compliance/records/notifications']

        where:
        situation                              | host          | setup                                                        || state
        'SMTP and an operator address'         | 'smtp.so.vn'  | [recipient('operator')]                                      || 'compliant'
        'no SMTP server'                       | null          | [recipient('operator')]                                      || 'non_compliant'
        'a notification stuck for 2 hours'     | 'smtp.so.vn'  | [recipient('operator'), "INSERT INTO notification (channel, address, role, subject, body, created_at, attempts, next_attempt_at) VALUES ('email', 'a@so.vn', 'operator', 's', 'b', '2026-11-22 04:00:00', 3, '2026-11-22 06:10:00')"] || 'non_compliant'
        'nothing configured'                   | null          | []                                                           || 'non_compliant'
    }

    def "Art. 21.3a, SNMP devices #situation: #state"() {
        given:
        exec([SITE])
        versions.eachWithIndex { String v, int i ->
            devices.save(v == '3'
                    ? new MonitoredDevice("sw-$i", 's1', null, "switch $i", Protocol.snmp, '127.0.0.1', 161, '3', null, 'dcim', 'SHA',
                    'auth-pass-123', 'AES', 'priv-pass-123', null, 60, 2000, 1, true)
                    : MonitoredDevice.snmpV2c("sw-$i", 's1', null, "switch $i", '127.0.0.1', 161, 'public'))
        }

        when:
        def j = judge('default-credentials')

        then:
        j.state().name() == state
        j.evidence()*.href() == evidence
        j.summary().contains(words)

        where:
        situation                       | versions   || state             | evidence         | words
        'all on v3'                     | ['3', '3'] || 'compliant'       | ['/ui/devices']  | '2 SNMP device(s), all v3'
        'one on v2c with public'        | ['3', '2c']|| 'non_compliant'   | ['/ui/devices/sw-1'] | 'switch 1 SNMP v2c (public)'
        'none polled'                   | []         || 'not_enough_data' | ['/ui/devices']  | 'no SNMP device'
    }
}


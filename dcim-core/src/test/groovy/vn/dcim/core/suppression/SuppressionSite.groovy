package vn.dcim.core.suppression

import vn.dcim.core.testing.Sql

import javax.sql.DataSource

/**
 * A small site for the maintenance-window and symptom specs, fresh for every feature:
 * grid and generator → ATS-1 → UPS-2 → PDU-B → rack R1 (servers srv-1, srv-2); cam-1 in room A outside
 * the rack; sensor-1 reached through switch sw-1; temp-r1 placed in R1 and temp-a in room A without
 * assets; an operator who hears every alarm.
 */
class SuppressionSite {
    final Sql sql
    final String site = 'site-' + UUID.randomUUID().toString().take(6)
    long room
    long rack

    SuppressionSite(DataSource dataSource) {
        sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [site, site])
        sql.update("INSERT INTO room (site_id, name, kind) VALUES (?, 'A', 'server')", [site])
        room = sql.count("SELECT MAX(id) FROM room WHERE site_id = ?", [site])
        sql.update("INSERT INTO rack (room_id, name, height_u) VALUES (?, 'R1', 42)", [room])
        rack = sql.count("SELECT MAX(id) FROM rack WHERE room_id = ?", [room])
        ['gen-1', 'ats-1', 'ups-2', 'pdu-b', 'srv-1', 'srv-2', 'cam-1', 'sw-1', 'sensor-1', 'temp-r1', 'temp-a'].each {
            sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, ?, 'snmp')", [dev(it), site, it])
        }
        ['srv-1', 'srv-2'].each { asset(it, rack) }
        asset('cam-1', null)
        // vendor sensors bound from the discovery inbox, placed without an asset
        sql.update("INSERT INTO monitored_device_place (device_id, room_id, rack_id) VALUES (?, ?, ?)", [dev('temp-r1'), room, rack])
        sql.update("INSERT INTO monitored_device_place (device_id, room_id, rack_id) VALUES (?, ?, NULL)", [dev('temp-a'), room])
        node('feed', 'grid', null, null)
        ['gen-1': 'generator', 'ats-1': 'ats', 'ups-2': 'ups', 'pdu-b': 'pdu'].each { name, kind -> node(kind, name, dev(name), null) }
        node('rack', 'R1', null, rack)
        [['grid', 'ats-1'], ['gen-1', 'ats-1'], ['ats-1', 'ups-2'], ['ups-2', 'pdu-b'], ['pdu-b', 'R1']].each { up, down ->
            sql.update("INSERT INTO power_link (upstream_id, downstream_id) VALUES (?, ?)", [nodeId(up), nodeId(down)])
        }
        sql.update("INSERT INTO device_reached_through (device_id, via_device_id) VALUES (?, ?)", [dev('sensor-1'), dev('sw-1')])
        if (sql.count("SELECT COUNT(*) FROM notification_recipient WHERE address = 'night-shift@dcim.test'") == 0) {
            sql.update("INSERT INTO notification_recipient (name, role, channel, address, min_severity) "
                    + "VALUES ('Night shift', 'operator', 'email', 'night-shift@dcim.test', 'info')")
        }
    }

    String dev(String name) { site + '-' + name }

    long nodeId(String name) {
        sql.count("SELECT id FROM power_node WHERE site_id = ? AND name = ?", [site, name])
    }

    long planned(long alarmId) {
        sql.count("SELECT COUNT(*) FROM notification WHERE alarm_id = ?", [alarmId])
    }

    private void asset(String device, Long rackId) {
        sql.update("INSERT INTO asset (site_id, room_id, rack_id, kind, name, criticality) VALUES (?, ?, ?, 'server', ?, 'normal')",
                [site, room, rackId, device])
        sql.update("UPDATE monitored_device SET asset_id = (SELECT MAX(id) FROM asset WHERE site_id = ?) WHERE id = ?", [site, dev(device)])
    }

    private void node(String kind, String name, String device, Long rackId) {
        sql.update("INSERT INTO power_node (site_id, kind, name, device_id, rack_id) VALUES (?, ?, ?, ?, ?)", [site, kind, name, device, rackId])
    }
}

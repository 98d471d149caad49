package vn.dcim.core.incident

import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

/**
 * A site of one feature's own (a random id, so features and specs sharing a schema never meet): its rooms and
 * devices, each device named within the site; alarms raised on them as their cause would raise them, under the
 * article the spec names; and the incidents they opened.
 */
class IncidentSite {
    final String id = 'site-' + UUID.randomUUID().toString().take(6)
    private final Sql sql
    private final AlarmRaiser raiser
    private final Incidents incidents
    private final String article

    IncidentSite(DataSource dataSource, AlarmRaiser raiser, Incidents incidents, String article) {
        this.sql = new Sql(dataSource)
        this.raiser = raiser
        this.incidents = incidents
        this.article = article
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [id, id])
    }

    /** The device's id: its name within this site. */
    String dev(String name) { id + '-' + name }

    void room(String name) {
        sql.update("INSERT INTO room (site_id, name, kind) VALUES (?, ?, 'server')", [id, name])
    }

    void device(String name, String protocol) {
        sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, ?, ?)", [dev(name), id, name, protocol])
    }

    /** The device as an asset of this kind and criticality in the room. */
    void inRoom(String device, String room, String kind, String criticality = 'normal') {
        sql.update("INSERT INTO asset (site_id, room_id, kind, name, criticality) VALUES (?, (SELECT id FROM room WHERE site_id = ? AND name = ?), ?, ?, ?)",
                [id, id, room, kind, device, criticality])
        sql.update("UPDATE monitored_device SET asset_id = (SELECT MAX(id) FROM asset WHERE site_id = ?) WHERE id = ?", [id, dev(device)])
    }

    void raise(String device, String rule, Severity severity) {
        raiser.raise(new AlarmSignal(dev(device), rule, '0', severity, article, rule))
    }

    List<Incident> incidents() {
        incidents.list(null, 100, 0).content.findAll { it.siteId() == id }
    }
}

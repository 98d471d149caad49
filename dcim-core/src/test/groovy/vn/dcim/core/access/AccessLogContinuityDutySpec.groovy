package vn.dcim.core.access

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.db.Jdbc
import vn.dcim.core.db.SqlTime
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.RecordingAlarms

import java.time.Duration
import java.time.Instant

@MicronautTest(transactional = false)
class AccessLogContinuityDutySpec extends MariaDbSpec {

    @Inject AccessLogContinuityDuty duty
    @Inject SiteRepository sites
    @Inject AssetRepository assets
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink
    @Inject Jdbc jdbc

    RecordingAlarms alarms = new RecordingAlarms()

    @MockBean(AlarmRaiser)
    AlarmRaiser recordingAlarms() { alarms }

    def "a door controller silent for #silentMinutes min raises the log-gap alarm: #expected (Art. 6.6)"() {
        given:
        def now = Instant.parse('2026-11-22T12:00:00Z')
        def id = watched(AssetKind.door_controller, 'door-')
        sink.record([new Reading(now - Duration.ofMinutes(silentMinutes), id, 'door.state', '0', 0d, 'closed', null)])

        when:
        duty.run(now)

        then:
        alarms.isActive(id, 'access.log-gap') == expected

        where:
        silentMinutes || expected
        2             || false
        15            || false
        16            || true
        600           || true
    }

    def "the newest of a logged access (#accessMinutes min ago) and a reading (#readingMinutes min ago) counts: alarm #expected"() {
        given: 'a door controller that sent a reading and logged an access, or not'
        def now = Instant.parse('2026-11-22T12:00:00Z')
        def id = watched(AssetKind.door_controller, 'door-')
        if (readingMinutes != null) {
            sink.record([new Reading(now - Duration.ofMinutes(readingMinutes), id, 'door.state', '0', 0d, 'closed', null)])
        }
        if (accessMinutes != null) {
            def at = SqlTime.of(now - Duration.ofMinutes(accessMinutes))
            jdbc.update('log an access', 'INSERT INTO access_event (device_id, message_id, site_id, result, badge, device_ts, received_ts) '
                    + 'VALUES (?,?,?,?,?,?,?)', id, 'm-' + id, 'acc', 'granted', 'B1', at, at)
        }

        when:
        duty.run(now)

        then:
        alarms.isActive(id, 'access.log-gap') == expected

        where:
        readingMinutes | accessMinutes || expected
        600            | 2             || false
        2              | 600           || false
        600            | 30            || true
        null           | 5             || false
        null           | null          || true
    }

    def "a device on other equipment than a door controller is no door to watch"() {
        given:
        def now = Instant.parse('2026-11-22T12:00:00Z')
        def id = watched(AssetKind.camera, 'cam-')

        when:
        duty.run(now)

        then:
        !alarms.isActive(id, 'access.log-gap')
    }

    /** A new device watching new equipment of that kind at the spec's site; its id. */
    String watched(AssetKind kind, String prefix) {
        def id = prefix + UUID.randomUUID().toString().take(6)
        if (!sites.existsById('acc')) sites.save(new Site('acc', 'Access site', null, null))
        def asset = assets.save(new Asset(null, 'acc', null, null, null, null, null, kind, id, null,
                null, null, null, AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        devices.save(MonitoredDevice.mqtt(id, 'acc', asset.id(), id))
        id
    }
}

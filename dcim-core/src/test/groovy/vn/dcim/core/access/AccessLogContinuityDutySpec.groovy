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

    RecordingAlarms alarms = new RecordingAlarms()

    @MockBean(AlarmRaiser)
    AlarmRaiser recordingAlarms() { alarms }

    def "a door controller silent for #silentMinutes min raises the log-gap alarm: #expected (Art. 6.6)"() {
        given:
        def now = Instant.parse('2026-11-22T12:00:00Z')
        def id = 'door-' + UUID.randomUUID().toString().take(6)
        if (!sites.existsById('acc')) sites.save(new Site('acc', 'Access site', null, null))
        def asset = assets.save(new Asset(null, 'acc', null, null, null, null, null, AssetKind.door_controller, id, null,
                null, null, null, AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        devices.save(MonitoredDevice.mqtt(id, 'acc', asset.id(), id))
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
}

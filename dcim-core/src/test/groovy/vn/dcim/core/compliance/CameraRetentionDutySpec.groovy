package vn.dcim.core.compliance

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.RecordingAlarms

import java.time.Duration
import java.time.Instant

@MicronautTest(transactional = false)
class CameraRetentionDutySpec extends MariaDbSpec {
    static final Instant NOW = Instant.parse('2026-11-22T06:00:00Z')

    @Inject CameraRetentionDuty duty
    @Inject ReadingSink sink
    RecordingAlarms alarms = new RecordingAlarms()

    @MockBean(AlarmRaiser)
    AlarmRaiser recordingAlarms() { alarms }

    def "a camera keeping #days days, reported #hoursAgo h ago, recording=#recording: alarm #expected (Art. 6.5)"() {
        given:
        def cam = 'cam-' + UUID.randomUUID().toString().take(6)
        def at = NOW - Duration.ofHours(hoursAgo)
        sink.record([Reading.of(at, cam, 'camera.retention.days', '0', days, 'd'),
                     Reading.of(at, cam, 'camera.recording', '0', recording, null)])

        when:
        duty.run(NOW)

        then:
        ['camera.retention', 'camera.not-recording'].findAll { alarms.isActive(cam, it) } == expected
        expected.every { alarms.active["${cam}/${it}/0".toString()].article() == 'Art. 6.5' }

        where:
        days | hoursAgo | recording || expected
        45   | 1        | 1         || []
        30   | 1        | 1         || []
        29.5 | 1        | 1         || ['camera.retention']
        60   | 30       | 1         || ['camera.retention']
        60   | 1        | 0         || ['camera.not-recording']
        3    | 1        | 0         || ['camera.retention', 'camera.not-recording']
    }
}

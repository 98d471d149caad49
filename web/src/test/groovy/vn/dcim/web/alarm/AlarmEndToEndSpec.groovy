package vn.dcim.web.alarm

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.alarm.Severity
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.Protocol
import vn.dcim.core.notification.Channel
import vn.dcim.core.notification.Recipient
import vn.dcim.core.notification.RecipientRepository
import vn.dcim.core.notification.RecipientRole
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.testing.Snmpsim
import vn.dcim.web.testing.MailSpec

import java.nio.file.Files
import java.time.Instant

/**
 * End to end  with real parts: snmpsim replays a real UPS recording whose output source is
 * switched to battery by an SNMP SET; Mosquitto carries a door-forced event; the product polls,
 * ingests, raises, e-mails through a real SMTP server (GreenMail), and clears when values are normal.
 */
@MicronautTest(transactional = false)
class AlarmEndToEndSpec extends MailSpec {
    static final int POLL_S = 2
    static final String UPS_SOURCE = '1.3.6.1.2.1.33.1.4.1.0'

    @Shared @AutoCleanup Snmpsim sim = serveSwitchableUps()

    @Inject @Client('/') HttpClient client
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject RecipientRepository recipients
    @Inject LatestReadings latestReadings

    @Override
    Map<String, String> extraProperties() {
        smtpProperties() +
        ['dcim.snmp.tick-ms'              : '100',
         'dcim.snmp.device-refresh-ms'    : '200',
         'dcim.mqtt.bridge.enabled'       : 'true',
         'dcim.mqtt.client-id'            : 'dcim-e2e-' + UUID.randomUUID().toString().take(6),
         'dcim.notify.dispatch-interval'  : '200ms']
    }

    /** The Huawei UPS2000 recording with its upsOutputSource made writable (snmpsim's writecache variation). */
    static Snmpsim serveSwitchableUps() {
        def dir = Files.createTempDirectory('e2e-ups')
        def copy = dir.resolve('ups-e2e.snmprec')
        copy.toFile().text = SharedData.devices().resolve('huaweiups_ups2000.snmprec').toFile().readLines()
                .collect { it.startsWith(UPS_SOURCE + '|') ? "${UPS_SOURCE}|2:writecache|value=3" : it }.join('\n') + '\n'
        Snmpsim.serve([copy])
    }

    def setup() {
        if (!sites.existsById('e2e')) {
            sites.save(new Site('e2e', 'Trung tâm THDL (e2e)', 'Demo', 'Demo'))
            devices.save(new MonitoredDevice('ups-e2e', 'e2e', null, 'UPS e2e', Protocol.snmp, '127.0.0.1', sim.port, '2c', 'ups-e2e',
                    null, null, null, null, null, null, POLL_S, 1000, 0, true))
            devices.save(MonitoredDevice.mqtt('door-e2e', 'e2e', null, 'Cửa phòng máy'))
            devices.save(MonitoredDevice.mqtt('cam-e2e', 'e2e', null, 'Camera hành lang'))
            recipients.save(new Recipient(null, 'Trực ca', RecipientRole.operator, Channel.email, 'truc-ca@ttdl.example.vn', Severity.major, true))
        }
    }

    def "UPS switched to battery: alarm within one poll interval + 1 s, e-mail, acknowledge, back to normal, cleared"() {
        given: 'the UPS is polled and normal'
        def http = client.toBlocking()
        new PollingConditions(timeout: 30).eventually {
            assert latest('ups-e2e', 'ups.output.source') == 'normal'
        }

        when: 'the UPS goes on battery'
        long t0 = System.nanoTime()
        snmpset(5)
        Map alarm = awaitAlarm('ups-e2e', 'ups-on-battery', 15)
        long raisedMs = (System.nanoTime() - t0).intdiv(1_000_000)

        then:
        raisedMs <= (POLL_S + 1) * 1000
        alarm.severity == 'major'
        alarm.article == 'Art. 6.4'

        and: 'the operator on shift receives an e-mail'
        new PollingConditions(timeout: 15).eventually {
            assert smtp.receivedMessages.any { it.subject.startsWith('[DCIM][Cao] UPS e2e: Điều 6 khoản 4: UPS đang chạy bằng ắc quy') }
        }

        when:
        def acked = http.retrieve(HttpRequest.POST("/api/alarms/${alarm.id}/ack", [by: 'Nguyễn Văn A', note: 'đã kiểm tra']), Map)

        then:
        acked.acknowledgedBy == 'spec-all'
        acked.state == 'acknowledged'

        when: 'the grid is back'
        snmpset(3)

        then:
        new PollingConditions(timeout: POLL_S + 2).eventually {
            assert http.retrieve("/api/alarms/${alarm.id}", Map).state == 'closed'
        }
    }

    def "door forced over MQTT: alarm in the API in under a second, and an e-mail"() {
        given:
        def http = client.toBlocking()
        http.retrieve('/api/alarms', Map)

        when:
        long t0 = System.nanoTime()
        def pub = new ProcessBuilder('mosquitto_pub', '-L', MariaDbSpec.mqttUrl().replace('tcp://', 'mqtt://') + '/dcim/e2e/door/door-e2e/event',
                '-q', '1', '-m', """{"id":"a-${UUID.randomUUID()}","ts":"${Instant.now()}","event":"door_forced"}""".toString())
                .redirectErrorStream(true).start()
        Map alarm = awaitAlarm('door-e2e', 'door-forced', 5)
        long raisedMs = (System.nanoTime() - t0).intdiv(1_000_000)

        then:
        pub.waitFor() == 0
        raisedMs < 1000
        alarm.severity == 'critical'
        new PollingConditions(timeout: 15).eventually {
            assert smtp.receivedMessages.any { it.subject.contains('Cửa phòng máy') }
        }
    }

    def "#event on #kind over MQTT raises #rule (#article); cleared without acknowledgement it stays unacknowledged until a person acknowledges it"() {
        given:
        def http = client.toBlocking()
        String topic = MariaDbSpec.mqttUrl().replace('tcp://', 'mqtt://') + "/dcim/e2e/${kind}/${device}/event"

        when: 'the event starts'
        publish(topic, [id: "e-${UUID.randomUUID()}", ts: Instant.now().toString(), event: event, active: true])
        Map alarm = awaitAlarm(device, rule, 5)

        then:
        alarm.article == article
        alarm.severity == severity

        when: 'the event ends before anybody looked at it'
        publish(topic, [id: "e-${UUID.randomUUID()}", ts: Instant.now().toString(), event: event, active: false])

        then: 'returned to normal, still awaiting a person'
        new PollingConditions(timeout: 5).eventually {
            assert http.retrieve("/api/alarms/${alarm.id}", Map).state == 'returned'
        }
        http.retrieve("/api/alarms?state=unacknowledged&device=${device}&limit=1000", Map).results*.id.contains(alarm.id)
        http.retrieve("/api/alarms?state=console&device=${device}&limit=1000", Map).results*.id.contains(alarm.id)

        when: 'the operator acknowledges it'
        Map acked = http.retrieve(HttpRequest.POST("/api/alarms/${alarm.id}/ack", [note: 'đã kiểm tra tại chỗ']), Map)

        then: 'the acknowledgement is recorded and the alarm is closed'
        acked.state == 'closed'
        acked.acknowledgedBy == 'spec-all'
        acked.ackNote == 'đã kiểm tra tại chỗ'
        // an empty page leaves "results" out (NON_EMPTY)
        !(http.retrieve("/api/alarms?state=unacknowledged&device=${device}&limit=1000", Map).results ?: [])*.id.contains(alarm.id)

        where:
        kind     | device     | event        || rule                | article    | severity
        'door'   | 'door-e2e' | 'tamper'     || 'door-tamper'       | 'Art. 6.6' | 'critical'
        'camera' | 'cam-e2e'  | 'video_loss' || 'camera-video-loss' | 'Art. 6.5' | 'major'
        'camera' | 'cam-e2e'  | 'tamper'     || 'camera-tamper'     | 'Art. 6.5' | 'critical'
    }

    void publish(String topic, Map payload) {
        def pub = new ProcessBuilder('mosquitto_pub', '-L', topic, '-q', '1', '-m', groovy.json.JsonOutput.toJson(payload))
                .redirectErrorStream(true).start()
        assert pub.waitFor() == 0: pub.inputStream.text
    }

    Map awaitAlarm(String device, String rule, int seconds) {
        long deadline = System.currentTimeMillis() + seconds * 1000L
        while (System.currentTimeMillis() < deadline) {
            def found = client.toBlocking().retrieve("/api/alarms?state=open&device=${device}&rule=${rule}", Map).results
            if (found) {
                return found[0] as Map
            }
            sleep(20)
        }
        throw new AssertionError("no open ${rule} alarm for ${device} within ${seconds} s")
    }

    String latest(String device, String metric) {
        latestReadings.ofDevice(device).find { it.metric() == metric }?.text()
    }

    void snmpset(int source) {
        def p = new ProcessBuilder('snmpset', '-v2c', '-c', 'ups-e2e', "127.0.0.1:${sim.port}", UPS_SOURCE, 'i', source.toString())
                .redirectErrorStream(true).start()
        assert p.waitFor() == 0: p.inputStream.text
    }
}

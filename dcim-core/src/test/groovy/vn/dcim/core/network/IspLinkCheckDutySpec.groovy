package vn.dcim.core.network

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.RecordingAlarms
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant
import java.time.YearMonth

/**
 * Two loopback addresses stand for the two providers' links: each link leaves from its own source
 * address towards its own probe target, and one target is cut in the middle of the test.
 */
@MicronautTest(transactional = false)
class IspLinkCheckDutySpec extends MariaDbSpec {

    @Inject IspLinkCheckDuty duty
    @Inject IspLinkRepository links
    @Inject SiteRepository sites
    @Inject LatestReadings latest
    @Inject LinkAvailability availability
    RecordingAlarms alarms = new RecordingAlarms()
    @Inject DataSource dataSource

    @MockBean(AlarmRaiser)
    AlarmRaiser recordingAlarms() { alarms }

    @Override
    Map<String, String> extraProperties() { ['dcim.isp.probe-timeout-ms': '500', 'dcim.isp.probe-attempts': '2'] }

    def "a link that is cut raises an alarm, and one provider left is a critical alarm (Art. 8.1đ)"() {
        given: 'two providers, each probed from its own source address'
        def vnptTarget = new ServerSocket(0, 50, InetAddress.getByName('127.0.0.10'))
        def viettelTarget = new ServerSocket(0, 50, InetAddress.getByName('127.0.0.11'))
        sites.save(new Site('isp', 'Site ISP', null, null))
        def vnpt = links.save(new IspLink(null, 'isp', 'VNPT', 'C-1', 'Gi0/0/0', null, '127.0.0.2', "127.0.0.10:${vnptTarget.localPort}"))
        def viettel = links.save(new IspLink(null, 'isp', 'Viettel', 'C-2', 'Gi0/0/1', null, '127.0.0.3', "127.0.0.11:${viettelTarget.localPort}"))
        def sql = new Sql(dataSource)

        when: 'both links answer'
        def first = duty.run(Instant.parse('2026-11-10T08:00:00Z'))

        then:
        first.status().name() == 'ok'
        latest.ofDevice(IspLinkCheckDuty.deviceId(viettel)).find { it.metric() == 'isp.link.up' }.value() == 1d
        !alarms.isActive('site-isp', 'isp.providers')

        when: 'the Viettel line is cut'
        viettelTarget.close()
        def second = duty.run(Instant.parse('2026-11-10T08:01:00Z'))

        then:
        second.status().name() == 'failed'
        second.message().contains('fewer than two providers')
        alarms.isActive(IspLinkCheckDuty.deviceId(viettel), 'isp.link.down')
        alarms.active['site-isp/isp.providers/0'].severity().name() == 'critical'
        alarms.active['site-isp/isp.providers/0'].article() == 'Art. 8.1đ'
        !alarms.isActive(IspLinkCheckDuty.deviceId(vnpt), 'isp.link.down')

        and: 'loss and state are recorded per link'
        def viettelChecks = sql.rows('SELECT up, loss_pct FROM isp_link_check WHERE link_id = ? ORDER BY ts', [viettel.id()])
        viettelChecks*.up == [true, false]
        viettelChecks*.loss_pct == [0d, 100d]
        latest.ofDevice(IspLinkCheckDuty.deviceId(viettel)).find { it.metric() == 'isp.link.up' }.value() == 0d

        and: 'the month report shows the availability of each link'
        def report = availability.month(YearMonth.of(2026, 11)).collectEntries { [it.provider(), it.availabilityPct()] }
        report == [VNPT: 100d, Viettel: 50d]

        cleanup:
        vnptTarget?.close()
        viettelTarget?.close()
    }
}

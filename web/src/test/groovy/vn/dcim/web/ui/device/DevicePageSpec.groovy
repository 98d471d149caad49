package vn.dcim.web.ui.device

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.device.DeviceRefusal
import vn.dcim.core.device.DeviceRefusals
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.testing.ApiSeed
import vn.dcim.web.ui.pages.DevicePage
import vn.dcim.web.ui.pages.RackPages
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.Duration
import java.time.Instant

/**
 * Device pages: every current value grouped by kind with its unit and state text in the
 * operator's language, a history chart (uPlot from its WebJar) over 1 h to 1 y drawn from the readings
 * API, and the device's asset, rack, alarms and incidents one click away.
 */
@MicronautTest(transactional = false)
class DevicePageSpec extends SignedInBrowserSpec {
    @Inject @Client('/') HttpClient client
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink
    @Inject AlarmRaiser raiser
    @Inject DeviceRefusals refusals

    @Shared Map ups = [:]

    /** A center far from the browser's zone (the spec's Chromium runs in the machine's, UTC here). */
    static final String CENTER_ZONE = 'Asia/Ho_Chi_Minh'

    @Override
    Map<String, String> extraProperties() { ['dcim.time-zone': CENTER_ZONE] }

    Map post(String uri, Map body) {
        new ApiSeed(client).post(uri, body)
    }

    /** A UPS in a rack that reported its load every 20 minutes for 20 hours, and is on battery now. */
    def setup() {
        if (ups) {
            return
        }
        def seeded = new ApiSeed(client).serverRoom('dv-', 'TTTHDL Tuyên Quang')
        String tag = seeded.tag
        String siteId = seeded.site
        ups.rack = post('/api/racks', [roomId: seeded.room.id, name: 'R09', heightU: 42])
        ups.asset = post('/api/assets', [siteId: siteId, kind: 'ups', name: 'UPS rack R09', labelCode: 'TQ-' + tag,
                                         rackId: ups.rack.id, positionU: 1, heightU: 3])
        ups.id = 'ups-' + tag.toLowerCase()
        ups.site = siteId
        devices.save(MonitoredDevice.mqtt(ups.id, siteId, ups.asset.id as Long, 'UPS rack R09'))
        def now = Instant.now()
        def history = (60..0).step(1).collect { int i ->
            Reading.of(now.minus(Duration.ofMinutes(20L * i)), ups.id, 'ups.output.load', '0', 30 + (i % 7), '%')
        }
        sink.record(history)
        sink.record([Reading.of(now, ups.id, 'ups.battery.charge', '0', 87, '%'),
                     Reading.of(now, ups.id, 'ups.input.voltage', '1', 0, 'V'),
                     Reading.of(now, ups.id, 'device.uptime', '0', 1234, 's'),
                     new Reading(now, ups.id, 'ups.output.source', '0', 5d, 'battery', null)])
        raiser.raise(new AlarmSignal(ups.id, 'ups-runtime-low', '0', Severity.critical, 'Art. 6.4', 'UPS runtime below 10 min'))
    }

    def "the page shows every current value by kind, with units and the state in the operator's language"() {
        when:
        def page = new DevicePage(driver, server.URL).open(ups.id)

        then:
        page.groupTitle('ups') == 'UPS'
        page.value('ups.battery.charge') == '87 %'
        page.value('ups.input.voltage', '1') == '0 V'
        page.value('ups.output.source') == 'chạy ắc quy'
        page.label('ups.battery.charge') == 'Dung lượng ắc quy'
        page.label('ups.input.voltage', '1') == 'Điện áp vào (số 1)'
        page.value('device.uptime') == '20 phút'
        driver.findElement(org.openqa.selenium.By.id('heading')).text == 'UPS rack R09'
    }

    def "the values a collector refused are shown with their reason, count and last example"() {
        given:
        refusals.add([DeviceRefusal.one(Instant.now(), ups.id, 'overflow', 'ups.battery.temperature', '1.3.6.1.2.1.33.1.2.7.0', '1e309')] * 2
                + [DeviceRefusal.one(Instant.now(), ups.id, 'implausible', 'env.humidity', '1.3.6.1.4.1.1.1', '99999 %')])

        when:
        new DevicePage(driver, server.URL).open(ups.id)
        def rows = driver.findElements(org.openqa.selenium.By.cssSelector('#device-refusals tbody tr'))*.text

        then:
        rows.any { it.startsWith('tràn số 2') && it.contains('ups.battery.temperature') && it.contains('1e309') }
        rows.any { it.startsWith('không hợp lý với đơn vị đo 1') && it.contains('99999 %') }
    }

    def "a chart of a series is drawn with points from the readings API, over the range chosen"() {
        given:
        def page = new DevicePage(driver, server.URL).open(ups.id)

        when: 'the load is charted over the default 24 h'
        page.chooseSeries('ups.output.load')
        int day = page.chartPoints(60)

        then: 'the state is not offered for a chart, the gauges are, what the device is for before its uptime'
        page.seriesOffered()[0] == 'ups.battery.charge'
        page.seriesOffered().containsAll(['ups.output.load', 'ups.battery.charge'])
        !page.seriesOffered().contains('ups.output.source')
        day == 61
        page.chartResolution() == 'raw'

        when: 'the last hour only'
        page.range('1h')
        int hour = page.chartPoints()

        then: 'the points of the last hour: now, -20, -40 and -60 min (the window starts a moment later)'
        hour in [3, 4]

        when: 'a year: the same 61 points, read at the finest resolution that fits'
        page.range('1y')

        then:
        page.chartPoints() > 0
    }

    def "a server's memory reads in GiB on its row and on the chart's value axis, its table's row as '(số 1)'"() {
        given: 'a server whose agent reported 25276510208 B of memory (hrStorage row 1) for an hour'
        String host = 'srv-' + ups.site
        devices.save(MonitoredDevice.mqtt(host, ups.site, null, 'Máy chủ ' + ups.site))
        def now = Instant.now()
        sink.record((6..0).collect { int i ->
            Reading.of(now.minus(Duration.ofMinutes(10L * i)), host, 'host.memory.size', '1', 25276510208d + i * 1024d * 1024 * 1024, 'B')
        })

        when:
        def page = new DevicePage(driver, server.URL).open(host)

        then:
        page.label('host.memory.size', '1') == 'Dung lượng bộ nhớ (số 1)'
        page.value('host.memory.size', '1') == '23,5 GiB'

        when: 'its memory is charted'
        page.chooseSeries('host.memory.size', '1')
        page.chartPoints()

        then: 'the axis reads GiB, never the bytes (they were cut at the axis\' edge)'
        !page.valueAxis().isEmpty()
        page.valueAxis().every { it ==~ /\d+(,\d)? GiB/ }
    }

    def "the chart's time axis reads the center's wall clock, not the browser's"() {
        given:
        def page = new DevicePage(driver, server.URL).open(ups.id)
        page.chooseSeries('ups.output.load')
        page.chartPoints()

        when: 'the last hour is charted, its ticks written HH:mm'
        page.range('1h')
        page.chartPoints()
        def ticks = page.chartAxis()
        def centerHours = [0, 1].collect { java.time.ZonedDateTime.now(java.time.ZoneId.of(CENTER_ZONE)).minusHours(it).hour }

        then: 'every tick is an hour of the last hour in the center (7 h ahead of UTC)'
        !ticks.isEmpty()
        ticks.every { it ==~ /\d\d:\d\d/ && (it.take(2) as int) in centerHours }
    }

    def "the device's asset, rack, alarms and incidents are one click away"() {
        given:
        def page = new DevicePage(driver, server.URL).open(ups.id)

        expect:
        page.alarms().any { it.contains('UPS runtime below 10 min') }
        page.incidents().size() == 1

        when:
        page.follow('link-asset')

        then: 'and the asset record leads back to the device'
        driver.currentUrl.endsWith("/ui/assets/${ups.asset.id}")
        driver.findElement(org.openqa.selenium.By.id("asset-device-${ups.id}")).getAttribute('href').endsWith("/ui/devices/${ups.id}")

        when:
        page.open(ups.id).follow('link-rack')

        then:
        driver.currentUrl.endsWith("/ui/racks/${ups.rack.id}")
        driver.findElement(org.openqa.selenium.By.cssSelector('#u-1 a.device-link')).getAttribute('href').endsWith("/ui/devices/${ups.id}")

        when:
        def incident = page.open(ups.id).incidents()[0]
        driver.get(incident)

        then:
        driver.findElement(org.openqa.selenium.By.tagName('h1')).text.length() > 0
        driver.currentUrl ==~ /.*\/ui\/incidents\/\d+$/
    }

    def "the page says what the device is reached through; the set-up changes it there and a loop is refused"() {
        given: 'a gateway the UPS card is read through'
        String gw = ups.id + '-gw'
        devices.save(MonitoredDevice.mqtt(gw, ups.site as String, null, 'Gateway'))
        def page = new DevicePage(driver, server.URL).open(ups.id)

        expect:
        page.reachedThrough() == []

        when:
        page.setReachedThrough(gw)

        then:
        driver.currentUrl.contains('saved=1')
        new DevicePage(driver, server.URL).open(ups.id).reachedThrough() == [gw]

        when: 'the gateway said to be reached through the UPS: each would be the cause of the other'
        def back = new DevicePage(driver, server.URL).open(gw).setReachedThrough(ups.id)

        then:
        back.reachedThroughError().contains('via')
        back.reachedThrough() == []
    }

    def "the device list links each device to its page"() {
        when:
        new RackPages(driver, server.URL).open('/ui/devices')
        driver.findElement(org.openqa.selenium.By.cssSelector("#device-${ups.id} a")).click()

        then:
        new DevicePage(driver, server.URL).chartPoints() > 0
    }

    def "#path does not scroll sideways at a phone's width, chart included"() {
        when:
        new RackPages(driver, server.URL).open(path.replace('DEVICE', ups.id as String))
        if (path != '/ui/devices') new DevicePage(driver, server.URL).chartPoints()

        then:
        !RackPages.overflowsAtPhoneWidth(driver)

        where:
        path << ['/ui/devices/DEVICE', '/ui/devices']
    }
}

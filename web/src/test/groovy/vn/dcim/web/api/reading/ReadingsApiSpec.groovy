package vn.dcim.web.api.reading

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Stepwise
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.RollupDuty
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

/**
 * How it is checked: metric messages published over MQTT for a device come back from
 * /api/readings exactly for a short window, and as roll-ups with min and max for a window of a year.
 */
@Stepwise
@MicronautTest(transactional = false)
class ReadingsApiSpec extends MariaDbSpec {
    static final String DEVICE = 'env-hist'
    /** A 5-minute boundary a little in the past; the points lie around it. */
    @Shared Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofMinutes(10))

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject RollupDuty rollups
    @Inject io.micronaut.context.ApplicationContext context
    @Inject MqttBridge bridge

    @Override
    Map<String, String> extraProperties() {
        ['dcim.mqtt.bridge.enabled': 'true',
         'dcim.mqtt.client-id'     : 'dcim-hist-' + UUID.randomUUID().toString().take(6)]
    }

    Calls.Answer get(String path, Set<Role> roles = [Role.auditor] as Set) {
        new Calls(server.URL).get(path, users.token(roles))
    }

    static String window(Instant from, Instant to, int points) {
        "/api/readings?device=${DEVICE}&metric=env.temperature&instance=1&from=${from}&to=${to}&points=${points}"
    }

    def "metric messages published over MQTT read back exactly, at raw resolution, for a short window"() {
        given:
        if (sites.findById('hist').isEmpty()) {
            sites.save(new Site('hist', 'Trung tâm THDL (history)', null, null))
            devices.save(MonitoredDevice.mqtt(DEVICE, 'hist', null, 'Cảm biến phòng máy'))
        }
        // publish once the bridge's session is subscribed (a new client id: nothing is kept for it
        // before) and it knows the device (its list is re-read at most every 5 s, and retained
        // messages of other specs may have just made it read), or the points are lost or dead letters
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }
        def bridgeDevices = context.getBean(Class.forName('vn.dcim.mqtt.ingest.KnownDevices'))
        new PollingConditions(timeout: 10, delay: 0.2).eventually { assert bridgeDevices.knows('hist', DEVICE) }

        when: 'four points: two hours apart, then two a minute apart; the last message is sent twice'
        [[-180, 18.0], [-120, 30.0], [1, 21.0], [2, 23.0], [2, 23.0]].each { minutes, value ->
            publish(base.plus(Duration.ofMinutes(minutes as long)), value as double)
        }

        then:
        new PollingConditions(timeout: 10).eventually {
            def answer = get(window(base.minus(Duration.ofHours(4)), base.plus(Duration.ofMinutes(5)), 600))
            assert answer.status == 200
            assert answer.json.resolution == 'raw'
            assert answer.json.points*.value == [18.0, 30.0, 21.0, 23.0]
            assert answer.json.points*.ts == [-180, -120, 1, 2].collect { base.plus(Duration.ofMinutes(it)).toString() }
            assert answer.json.series.unit == '°C'
        }
    }

    def "a year's window at a few points reads roll-ups, with the min and max of each bucket"() {
        when:
        rollups.run(Instant.now())
        def answer = get(window(base.minus(Duration.ofDays(365)), base.plus(Duration.ofHours(1)), 3))

        then: 'four raw points do not fit in three; three 5-minute buckets do'
        answer.status == 200
        answer.json.resolution == '5m'
        answer.json.points*.value == [18.0, 30.0, 22.0]
        answer.json.points*.min == [18.0, 30.0, 21.0]
        answer.json.points*.max == [18.0, 30.0, 23.0]
        answer.json.points*.count == [1, 1, 2]

        and: 'one point: the day'
        get(window(base.minus(Duration.ofDays(365)), base.plus(Duration.ofHours(1)), 1)).json.with {
            resolution == '1d' && points.size() in [1, 2] && points*.max.max() == 30.0
        }
    }

    def "a device's current values, its series, and a CSV of a window for an auditor"() {
        when:
        def latest = get("/api/devices/${DEVICE}/readings/latest")
        def series = get("/api/series?device=${DEVICE}")
        def csv = get(window(base.minus(Duration.ofHours(4)), base.plus(Duration.ofMinutes(5)), 600) + '&format=csv')

        then:
        latest.status == 200
        latest.json.find { it.metric == 'env.temperature' }.with { value == 23.0 && unit == '°C' && instance == '1' && stale == false }
        series.json*.metric == ['env.temperature']
        csv.status == 200
        csv.header('Content-Type').startsWith('text/csv')
        csv.text.readLines().size() == 5
        csv.text.readLines()[4].startsWith(base.plus(Duration.ofMinutes(2)).toString() + ",${DEVICE},env.temperature,1,°C,raw,23.0,23.0,23.0,1,")

        when: 'the same window as a workbook'
        def request = java.net.http.HttpRequest.newBuilder(URI.create(server.URL.toString() - ~'/$'
                + window(base.minus(Duration.ofHours(4)), base.plus(Duration.ofMinutes(5)), 600) + '&format=xlsx'))
                .header('Authorization', "Bearer ${users.token([Role.auditor] as Set)}").build()
        def xlsx = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray())
        def sheet = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.body())).getSheetAt(1)

        then: 'the points, numbers as numbers'
        xlsx.statusCode() == 200
        xlsx.headers().firstValue('Content-Type').get().startsWith('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        // the device by its name, the quantity and its channel in the reader's words
        sheet.getRow(0).getCell(0).stringCellValue == 'Cảm biến phòng máy · Nhiệt độ · kênh 1'
        sheet.lastRowNum == 3 + 4 - 1
        // times on the center's wall clock in the one format
        sheet.getRow(6).getCell(0).stringCellValue == new vn.dcim.core.time.CenterTime(context.getBean(java.time.Clock).zone).format(base.plus(Duration.ofMinutes(2)))
        sheet.getRow(6).getCell(1).numericCellValue == 23.0d
    }

    def "#query is refused naming #field"() {
        expect:
        get(query).with { status == expected && (field == null || json.fields*.field == [field]) }

        where:
        query                                                                                                   || expected | field
        "/api/readings?device=${DEVICE}&from=2026-01-02T00:00:00Z&to=2026-01-03T00:00:00Z"                     || 422      | 'metric'
        "/api/readings?device=${DEVICE}&metric=env.temperature&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z" || 422   | 'from'
        "/api/readings?device=${DEVICE}&metric=env.temperature&from=2000-01-02T00:00:00Z&to=2026-01-01T00:00:00Z" || 422   | 'to'
        "/api/readings?device=${DEVICE}&metric=env.temperature&instance=1&points=0"                             || 422      | 'points'
        "/api/readings?device=${DEVICE}&metric=env.temperature&instance=1&points=10001"                         || 422      | 'points'
        "/api/readings?device=${DEVICE}&metric=env.nothing"                                                     || 404      | null
        "/api/readings/time-in-state?device=${DEVICE}&metric=env.temperature&instance=1&maxGap=soon"            || 422      | 'maxGap'
        "/api/readings/time-in-state?device=${DEVICE}&metric=env.temperature&instance=1&maxGap=P30D"            || 422      | 'maxGap'
        "/api/readings/time-in-state?device=${DEVICE}&instance=1"                                               || 422      | 'metric'
        "/api/readings/time-in-state?device=${DEVICE}&metric=env.temperature&instance=1"                        || 200      | null
        "/api/devices/no-such-device/readings/latest"                                                           || 404      | null
    }

    def "maintenance reads readings (before and after a work), and so does the administrator"() {
        expect:
        get("/api/series?device=${DEVICE}", [Role.maintenance] as Set).status == 200
        get("/api/series?device=${DEVICE}", [Role.admin] as Set).status == 200
    }

    private static void publish(Instant ts, double value) {
        def payload = """{"ts":"${ts}","metrics":[{"metric":"env.temperature","instance":"1","value":${value},"unit":"°C"}]}"""
        def pub = new ProcessBuilder('mosquitto_pub', '-L', MariaDbSpec.mqttUrl().replace('tcp://', 'mqtt://') + "/dcim/hist/sensor/${DEVICE}/metric",
                '-q', '1', '-m', payload).redirectErrorStream(true).start()
        assert pub.waitFor() == 0: pub.inputStream.text
    }
}

package vn.dcim.web.teach

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.db.Jdbc
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.mqtt.dialect.DialectEngine
import vn.dcim.mqtt.dialect.DialectLimits
import vn.dcim.mqtt.dialect.DialectLoader
import vn.dcim.mqtt.dialect.VectorRunner
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.OwnBrokerBridge
import vn.dcim.web.testing.TestUsers

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant

/**
 * Teaching a device through the API, on the running product with a real Mosquitto: a message captured by
 * the bridge, previewed by the engine, saved as a dialect file with its vector, and the device's NEXT
 * message read into readings of the bound device without a restart; hostile lessons refused with 422
 * naming the field and nothing written; everyone but the administrator refused.
 */
@MicronautTest(transactional = false)
class TeachApiSpec extends MariaDbSpec implements OwnBrokerBridge {
    static Path dir = Files.createTempDirectory('dcim-taught-dialects')

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject SiteRepository sites
    @Inject MqttBridge bridge
    @Inject DialectEngine engine
    @Inject Jdbc jdbc
    @Shared Calls calls

    @Override
    Path taughtDialects() {
        dir
    }

    def setup() {
        calls = new Calls(server.URL)
        if (!sites.existsById('teach-site')) {
            sites.save(new Site('teach-site', 'TTDL Hà Giang', 'Hà Giang', null))
        }
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }
    }

    String admin() { users.token(EnumSet.of(Role.admin)) }

    Object latest(String device, String metric) {
        def r = calls.get("/api/devices/$device/readings/latest", users.token(EnumSet.of(Role.operator)))
        r.status == 200 ? r.json.find { it.metric == metric }?.value : null
    }

    def "a Zigbee2MQTT plug the shipped dialect reads only partly is taught from the inbox, and its next message is readings of the bound device"() {
        when: 'a plug of a model the shipped dialect does not know reports'
        def (capture, shown) = publishedAndOpened('zigbee2mqtt/hg_plug_3', '{"linkquality": 87, "acme": {"watts": 12.5, "deciVolts": 2291}, "state": "ON"}')

        then: 'the administrator sees the captured message as a tree of values, the device id found at its topic level'
        capture.origin == 'source'
        capture.sourceLevel == 1
        shown.status == 200
        shown.json.tree.find { it.path == 'acme.watts' }.pickable
        shown.json.tree.find { it.path == 'acme.deciVolts' }.value == '2291'
        !shown.json.tree.find { it.path == 'state' }.pickable

        when: 'two values are named with metrics of the catalogue, one scaled'
        def lesson = [name: 'acme-plug', description: 'Acme smart plug, firmware 2.1', topic: capture.topic, payload: capture.payload,
                      sourceLevel: capture.sourceLevel,
                      picks: [[path: 'acme.watts', metric: 'pdu.outlet.power', unit: 'W'],
                              [path: 'acme.deciVolts', metric: 'pdu.outlet.voltage', unit: 'V', scale: 0.1]]]
        def preview = calls.post('/api/teach/preview', lesson, admin())

        then: 'the engine gives the readings from the captured message; the topic is the device\'s own and tried before the shipped dialect'
        preview.status == 200
        preview.json.readings.collectEntries { [(it.metric): it.value] } == ['pdu.outlet.power': 12.5, 'pdu.outlet.voltage': 229.1d]
        preview.json.topicFilter == 'zigbee2mqtt/hg_plug_3'
        preview.json.first == true
        preview.json.sourceId == 'hg_plug_3'
        !Files.exists(dir.resolve('acme-plug.yaml'))

        when: 'it is saved, bound to a new device'
        def saved = calls.post('/api/teach', lesson + [deviceId: 'hg-plug-3', siteId: 'teach-site'], admin())

        then: 'the file and its vector are in DCIM_DIALECTS_DIR, the vector passes as ./dcim dialect test runs it, the bridge uses it'
        saved.status == 201
        saved.json.deviceId == 'hg-plug-3'
        Files.readString(dir.resolve('acme-plug.yaml')).contains('first: true')
        vectorPasses('acme-plug')
        engine.dialects()[0].name() == 'acme-plug'
        jdbc.list('audit', "SELECT action FROM audit_event WHERE entity_type = 'dialect' AND entity_id = 'acme-plug'", { it.getString(1) }) == ['teach']

        when: 'the plug reports again'
        broker().publish('zigbee2mqtt/hg_plug_3', '{"linkquality": 80, "acme": {"watts": 30, "deciVolts": 2302}, "state": "ON"}')

        then: 'the message is readings of the bound device, without a restart'
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            assert latest('hg-plug-3', 'pdu.outlet.power') == 30
            assert latest('hg-plug-3', 'pdu.outlet.voltage') == 230.2d
        }

        when: 'it is exported to share with another centre'
        def zip = exported('acme-plug')

        then: 'the download holds the file and its vector'
        zip.keySet() == ['acme-plug.yaml', 'acme-plug.jsonl'] as Set
        zip['acme-plug.yaml'] == Files.readString(dir.resolve('acme-plug.yaml'))
    }

    def "a device on topics no dialect listens to is taught from a pasted message; the bridge subscribes to the new topics at once and every device of the kind is read"() {
        given:
        def lesson = [name: 'acme-meter', topic: 'acmecorp/meter-0007/state', payload: '{"t": 24.3, "rh": 51, "batt": {"pct": 90}}',
                      sourceLevel: 1, picks: [[path: 't', metric: 'env.temperature'], [path: 'rh', metric: 'env.humidity'],
                                              [path: 'batt.pct', metric: 'device.battery']]]

        when:
        def saved = calls.post('/api/teach', lesson, admin())

        then: 'the topic is generalised at the device level; the units are the catalogue\'s'
        saved.status == 201
        saved.json.topicFilter == 'acmecorp/+/state'
        saved.json.first == false
        saved.json.readings.collectEntries { [(it.metric): it.unit] } == ['env.temperature': '°C', 'env.humidity': '%', 'device.battery': '%']
        engine.topicFilters().contains('acmecorp/+/state')

        when: 'another meter of the kind reports, its source is bound, and it reports again'
        broker().publish('acmecorp/meter-0042/state', '{"t": 22.0, "rh": 40}')
        def row = waitFor { calls.get('/api/sources?state=unbound', admin()).json.results.find { it.source == 'meter-0042' } }
        assert row?.dialect == 'acme-meter'
        calls.post("/api/sources/${row.id}/bind", [deviceId: 'hg-meter-42', siteId: 'teach-site'], admin()).status == 200
        broker().publish('acmecorp/meter-0042/state', '{"t": 22.5, "rh": 41, "batt": {"pct": 77}}')

        then:
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            assert latest('hg-meter-42', 'env.temperature') == 22.5
            assert latest('hg-meter-42', 'device.battery') == 77
        }
    }

    def "a message no dialect took is kept as a dead letter; a device is taught from it and bound, and its next message is its reading"() {
        when: 'a gauge publishes where the Shelly dialect listens, with a component it does not know'
        broker().publish('acmebox-9/status/gauge:0', '{"level_pct": 63.5, "temp": 31.2, "id": 0}')
        def capture = waitFor { capturesOn('acmebox-9/status/gauge:0').find() }

        then: 'it is offered from the dead letters, the device id at the first level holding a digit'
        capture.origin == 'dead-letter'
        capture.sourceLevel == 0
        !capture.truncated

        when:
        def saved = calls.post('/api/teach', [name: 'acme-gauge', topic: capture.topic, payload: capture.payload, sourceLevel: 0,
                                              picks: [[path: 'level_pct', metric: 'gen.fuel.level'], [path: 'temp', metric: 'env.temperature']],
                                              deviceId: 'hg-gauge-9', siteId: 'teach-site'], admin())
        broker().publish('acmebox-9/status/gauge:0', '{"level_pct": 60, "temp": 30.5, "id": 0}')

        then: 'the Shelly dialect listens to its topic: the taught one takes that topic only, before it'
        saved.status == 201
        saved.json.topicFilter == 'acmebox-9/status/gauge:0'
        saved.json.first == true
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            assert latest('hg-gauge-9', 'gen.fuel.level') == 60
            assert latest('hg-gauge-9', 'env.temperature') == 30.5
        }
    }

    def "a topic taught is no longer offered to be taught, its older dead letters neither"() {
        given: 'a gauge the Shelly dialect does not know reports twice on its topic'
        String topic = 'acmebox-4/status/gauge:1'
        broker().publish(topic, '{"level_pct": 41.5, "id": 1}')
        broker().publish(topic, '{"level_pct": 40.5, "id": 1}')
        def capture = waitFor { capturesOn(topic).find() }
        assert capture?.origin == 'dead-letter'

        when: 'it is taught'
        def saved = calls.post('/api/teach', [name: 'acme-gauge-one', topic: topic, payload: capture.payload, sourceLevel: 0,
                                              picks: [[path: 'level_pct', metric: 'gen.fuel.level']]], admin())

        then: 'a dialect reads the topic now: nothing of it is left to teach'
        saved.status == 201
        capturesOn(topic).isEmpty()

        and: 'another topic nobody reads is still offered'
        broker().publish('acmebox-4/status/gauge:2', '{"level_pct": 12, "id": 2}')
        waitFor { capturesOn('acmebox-4/status/gauge:2').find() } != null
    }

    /** a message published, its capture in the inbox and the capture opened as the administrator sees it */
    List publishedAndOpened(String topic, String payload) {
        broker().publish(topic, payload)
        Map capture = waitFor { capturesOn(topic).find() }
        [capture, calls.get("/api/teach/captures/${capture.origin}/${capture.id}", admin())]
    }

    List<Map> capturesOn(String topic) {
        calls.get('/api/teach/captures', admin()).json.findAll { it.topic == topic } as List<Map>
    }

    def "a bare value on a topic of its own is one value to pick, named by the topic; taught from its dead letter, the device's next value is its reading"() {
        when: 'a probe publishes its temperature alone on a topic where the Shelly dialect listens (a number, no JSON)'
        def (capture, shown) = publishedAndOpened('acmeprobe-3/status/temperature', '23.4')

        then: 'the message is one value, named by the topic\'s last level'
        capture.origin == 'dead-letter'
        shown.json.tree.collect { [it.path, it.value, it.pickable] } == [['temperature', '23.4', true]]

        when: 'it is taught and bound'
        def saved = calls.post('/api/teach', [name: 'acme-probe', topic: capture.topic, payload: capture.payload, sourceLevel: 0,
                                              picks: [[path: 'temperature', metric: 'env.temperature']],
                                              deviceId: 'hg-probe-3', siteId: 'teach-site'], admin())

        then: 'the dialect reads the value, its vector the message as it came'
        saved.status == 201
        saved.json.readings.collect { [it.metric, it.value, it.unit] } == [['env.temperature', 23.4d, '°C']]
        vectorPasses('acme-probe')

        when: 'the probe reports again'
        broker().publish('acmeprobe-3/status/temperature', '24.1')

        then:
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            assert latest('hg-probe-3', 'env.temperature') == 24.1d
        }
    }

    def "a bare #payload on #topic is the value #path and reads as #metric #value #text"() {
        given:
        def lesson = [name: 'acme-bare', topic: topic, payload: payload, sourceLevel: 1,
                      picks: [[path: path, metric: metric, scale: scale]]]

        when:
        def shown = calls.post('/api/teach/preview', lesson, admin())

        then:
        shown.status == 200
        shown.json.readings.collect { [it.metric, it.value, it.text] } == [[metric, value, text]]

        where:
        topic                              | payload   | scale || path                | metric             | value  | text
        'acmehome/plug-7/POWER'            | 'ON'      | null  || 'POWER'             | 'pdu.outlet.state' | 1      | 'on'
        'acmehome/plug-7/POWER'            | 'off'     | null  || 'POWER'             | 'pdu.outlet.state' | 0      | 'off'
        'acmehome/leak-2/water'            | 'true'    | null  || 'water'             | 'env.leak'         | 1      | 'on'
        'acmenode/node-4/temperature/state'| ' 21.5\n' | null  || 'temperature/state' | 'env.temperature'  | 21.5d  | null
        'acmemeter/em-1/voltage/0'         | '2291'    | 0.1   || 'voltage/0'         | 'pdu.outlet.voltage' | 229.1d | null
        'acmemeter/em-1/power'             | '-12.5'   | null  || 'power'             | 'pdu.outlet.power' | -12.5d | null
    }

    def "a lesson with #problem is refused with 422 naming #field, and nothing is written"() {
        given:
        def lesson = [name: 'acme-ok', topic: 'acmeco/dev-1/data', payload: '{"t": 21.5, "nested": {"w": 3}}', sourceLevel: 1,
                      picks: [[path: 't', metric: 'env.temperature', unit: '°C']]] + change
        def before = Files.list(dir).withCloseable { it.toList() } as Set

        when:
        def preview = calls.post('/api/teach/preview', lesson, admin())
        def saved = calls.post('/api/teach', lesson, admin())

        then:
        preview.status == 422
        saved.status == 422
        saved.text.contains(field)
        (Files.list(dir).withCloseable { it.toList() } as Set) == before
        !Files.exists(dir.resolve('..').resolve('evil.yaml').normalize())

        where:
        problem                      | change                                                                     || field
        'a traversal name'           | [name: '../evil']                                                          || 'name'
        'a name with a slash'        | [name: 'acme/evil']                                                        || 'name'
        'an absolute name'           | [name: '/tmp/evil']                                                        || 'name'
        'a name of a shipped dialect'| [name: 'zigbee2mqtt']                                                      || 'name'
        'a huge payload'             | [payload: '{"t": 1, "x": "' + 'a' * 70_000 + '"}']                          || 'payload'
        'a payload neither JSON nor a bare value' | [payload: 'temperature=21.5']                                 || 'payload'
        'an empty payload'           | [payload: '  ']                                                            || 'payload'
        'a metric not catalogued'    | [picks: [[path: 't', metric: 'evil.metric']]]                             || 'picks[0].metric'
        'a metric with YAML in it'   | [picks: [[path: 't', metric: 'env.temperature}\nreadings: x']]]            || 'picks[0].metric'
        'a path not in the message'  | [picks: [[path: 'nope', metric: 'env.temperature']]]                      || 'picks[0].path'
        'a text picked'              | [payload: '{"t": "warm"}']                                                 || 'picks[0].path'
        'a unit with a quote'        | [picks: [[path: 't', metric: 'env.temperature', unit: '"C']]]             || 'picks[0].unit'
        'a scale of 0'               | [picks: [[path: 't', metric: 'env.temperature', scale: 0]]]               || 'picks[0].scale'
        'a metric picked twice'      | [picks: [[path: 't', metric: 'env.temperature'], [path: 'nested.w', metric: 'env.temperature']]] || 'picks[1].instance'
        'no value picked'            | [picks: []]                                                                || 'picks'
        'a wildcard topic'           | [topic: 'acmeco/+/data']                                                   || 'topic'
        'a topic of the contract'    | [topic: 'dcim/site/env/dev/data']                                          || 'topic'
        'a source level off the topic' | [sourceLevel: 7]                                                        || 'sourceLevel'
    }

    def "a binding to #problem is refused with 422 naming #field before anything is written"() {
        given:
        def lesson = [name: 'acme-bind', topic: 'acmeco3/dev-4/data', payload: '{"t": 19.5}', sourceLevel: 1,
                      picks: [[path: 't', metric: 'env.temperature']]] + binding

        when:
        def saved = calls.post('/api/teach', lesson, admin())

        then:
        saved.status == 422
        saved.text.contains(field)
        !Files.exists(dir.resolve('acme-bind.yaml'))

        where:
        problem                 | binding                                        || field
        'a device id with a /'  | [deviceId: '../dev', siteId: 'teach-site']     || 'deviceId'
        'an unknown site'       | [deviceId: 'dev-4', siteId: 'no-such-site']    || 'siteId'
        'no site'               | [deviceId: 'dev-4']                            || 'siteId'
    }

    def "#role may not teach, preview, list captures or export (403)"() {
        given:
        String token = users.token(EnumSet.of(role))
        def lesson = [name: 'acme-role', topic: 'acmeco/dev-2/data', payload: '{"t": 1}', sourceLevel: 1, picks: [[path: 't', metric: 'env.temperature']]]

        expect:
        calls.post('/api/teach/preview', lesson, token).status == 403
        calls.post('/api/teach', lesson, token).status == 403
        calls.get('/api/teach/captures', token).status == 403
        calls.get('/api/teach/dialects/acme-plug/export', token).status == 403
        calls.post('/api/teach/reload', [:], token).status == 403
        !Files.exists(dir.resolve('acme-role.yaml'))

        where:
        role << [Role.operator, Role.supervisor, Role.auditor, Role.asset_manager]
    }

    def "saving a file of the same name again is a 409 unless it is to replace it; an export of a traversal name is a 404"() {
        given:
        def lesson = [name: 'acme-twice', topic: 'acmeco2/dev-3/data', payload: '{"t": 20.5}', sourceLevel: 1,
                      picks: [[path: 't', metric: 'env.temperature']]]

        expect:
        calls.post('/api/teach', lesson, admin()).status == 201
        calls.post('/api/teach', lesson, admin()).status == 409
        calls.post('/api/teach', lesson + [overwrite: true], admin()).status == 201
        calls.get('/api/teach/dialects/..%2F..%2Fetc%2Fpasswd/export', admin()).status in [400, 404]
        calls.get('/api/teach/dialects/nope-nope/export', admin()).status == 404
    }

    /** What {@code find} gives first that is not null, asked every half second for 20 s; null when never. */
    static Object waitFor(Closure find) {
        long until = System.currentTimeMillis() + 20_000
        while (System.currentTimeMillis() < until) {
            def found = find()
            if (found != null) {
                return found
            }
            Thread.sleep(500)
        }
        null
    }

    boolean vectorPasses(String name) {
        def own = DialectLoader.directory(dir, { throw it })
        def e = new DialectEngine(DialectLoader.ordered(DialectLoader.shipped(), own, { throw it }), DialectLimits.defaults())
        def outcomes = new VectorRunner(e).run(dir.resolve(name + '.jsonl'), Instant.now(), { })
        outcomes.size() == 1 && outcomes.every { it.taken() && it.mismatches().isEmpty() && it.declaredExpectation() }
    }

    Map<String, String> exported(String name) {
        def client = java.net.http.HttpClient.newHttpClient()
        def r = client.send(java.net.http.HttpRequest.newBuilder(URI.create(calls.base + "/api/teach/dialects/$name/export"))
                .header('Authorization', 'Bearer ' + admin()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
        assert r.statusCode() == 200
        Map<String, String> out = [:]
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(r.body())).withCloseable { zip ->
            def entry
            while ((entry = zip.nextEntry) != null) {
                out[entry.name] = new String(zip.readAllBytes(), 'UTF-8')
            }
        }
        out
    }
}

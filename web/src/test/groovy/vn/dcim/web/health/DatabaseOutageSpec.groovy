package vn.dcim.web.health

import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.db.DatabaseReachability
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Instant

/**
 * The database goes away under a running product (a proxy in front of the real MariaDB is cut; the server
 * itself keeps running): /health says DOWN and why, every request a person or a script makes is answered 503
 * within seconds instead of held for the pool's timeout, and once it is back everything works again by
 * itself, the readings published meanwhile included.
 */
@MicronautTest(transactional = false)
class DatabaseOutageSpec extends ProxiedDatabaseSpec {
    static final String SITE = 'outage'
    static final String DEVICE = 'env-outage'
    /** Allowed from a request to its answer during the outage: the probe's second plus the pool's 2 s at worst. */
    static final long ANSWER_MS = 3_000
    /** Once the probe has told: no connection is waited for (the pool would wait its 2 s). */
    static final long AT_ONCE_MS = 500

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject MqttBridge bridge
    @Inject ApplicationContext context

    @Override
    Map<String, String> extraProperties() {
        ['dcim.mqtt.bridge.enabled': 'true',
         'dcim.mqtt.client-id'     : 'dcim-outage-' + UUID.randomUUID().toString().take(6)]
    }

    def "while the database is cut #what answers #status within seconds, and the same call works again once it is back"() {
        given: 'a signed-in person, before the outage (the pool of the spec may still lend a connection the last cut broke)'
        def calls = new Calls(server.URL)
        String token = signedIn(calls, call, works)

        when: 'the call is made right after the cut, before the product may have noticed'
        database.cut()
        long cutAt = System.nanoTime()
        def answer = call(calls, token)
        long tookMs = (System.nanoTime() - cutAt).intdiv(1_000_000)

        then:
        tookMs < ANSWER_MS
        answer.status == 503
        answer.header('Retry-After') == '5'
        answer.header('Content-Type').startsWith(page ? 'text/html' : 'application/json')
        page ? answer.text.contains('Tạm thời không truy cập được cơ sở dữ liệu')
                : answer.json.status == 503 && answer.json.message.startsWith('Tạm thời không truy cập được cơ sở dữ liệu')

        when: 'asked again once the product knows the database is away'
        waitUntilDown(calls)
        long again = System.nanoTime()
        def second = call(calls, token)
        long secondMs = (System.nanoTime() - again).intdiv(1_000_000)

        then: 'at once, without waiting for a connection'
        second.status == 503
        secondMs < AT_ONCE_MS

        when: 'it is back'
        database.restore()

        then:
        new PollingConditions(timeout: 5, delay: 0.2).eventually {
            assert call(calls, token).status == works
        }

        where:
        what                          | page  | works | call
        'the API'                     | false | 200   | { Calls c, String t -> c.get('/api/sites', t) }
        'a screen'                    | true  | 200   | { Calls c, String t -> c.get('/ui/devices', t, [Accept: 'text/html,*/*;q=0.8']) }
        'the sign-in form'            | true  | 303   | { Calls c, String t -> signInForm(c) }
        'a script signing in (JSON)'  | false | 200   | { Calls c, String t -> c.post('/login', [username: 'admin', password: ADMIN_PASSWORD]) }

        status = 503
    }

    def "/health says DOWN and why within two seconds of the cut, to anyone, and UP again after"() {
        given:
        def calls = new Calls(server.URL)
        assert calls.get('/health').json.status == 'UP'

        when:
        database.cut()
        long cutAt = System.nanoTime()
        waitUntilDown(calls)
        long tookMs = (System.nanoTime() - cutAt).intdiv(1_000_000)
        def health = calls.get('/health')

        then:
        tookMs < ANSWER_MS
        health.status == 503
        health.json.status == 'DOWN'
        health.json.details.reason == 'database unreachable'
        !health.text.contains('jdbc') && !health.text.contains('127.0.0.1')

        when:
        database.restore()

        then:
        new PollingConditions(timeout: 5, delay: 0.2).eventually {
            assert calls.get('/health').json.status == 'UP'
        }
    }

    def "one connection's late answer is no outage: the product stays UP while the server answers new connections"() {
        given:
        def reachability = context.getBean(DatabaseReachability)
        assert new Calls(server.URL).get('/health').json.status == 'UP'

        when: 'every connection open now is held for three probe timeouts (a loaded server, a lost packet); new ones work'
        database.freezeOpen()
        List<String> downs = []
        long until = System.nanoTime() + 3_500_000_000L
        while (System.nanoTime() < until) {
            if (!reachability.reachable()) {
                downs << reachability.state().reason()
            }
            Thread.sleep(50)
        }

        then:
        downs == []
    }

    def "readings published while the database is away are stored once it is back, without a restart"() {
        given:
        if (sites.findById(SITE).isEmpty()) {
            sites.save(new Site(SITE, 'Trung tâm THDL (outage)', null, null))
            devices.save(MonitoredDevice.mqtt(DEVICE, SITE, null, 'Cảm biến phòng máy'))
        }
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }
        def known = context.getBean(Class.forName('vn.dcim.mqtt.ingest.KnownDevices'))
        new PollingConditions(timeout: 10, delay: 0.2).eventually { assert known.knows(SITE, DEVICE) }
        def calls = new Calls(server.URL)

        when: 'ten readings are published while it is cut'
        database.cut()
        waitUntilDown(calls)
        Instant t0 = Instant.now()
        (1..10).each { publish(t0.plusMillis(it), 20 + it) }
        Thread.sleep(3_000)

        and:
        database.restore()

        then:
        new PollingConditions(timeout: 30, delay: 0.5).eventually {
            def answer = calls.get("/api/readings?device=${DEVICE}&metric=env.temperature&instance=1&from=${t0.minusSeconds(1)}&to=${t0.plusSeconds(10)}&points=100",
                    users.token())
            assert answer.status == 200
            assert answer.json.points*.value == (21..30).collect { it as BigDecimal }
        }
    }

    /** A token whose call works: retried while a connection the last cut broke is still lent by the pool. */
    String signedIn(Calls calls, Closure call, int works) {
        def token = new java.util.concurrent.atomic.AtomicReference<String>()
        new PollingConditions(timeout: 5, delay: 0.2).eventually {
            token.set(users.token())
            assert call(calls, token.get()).status == works
        }
        token.get()
    }

    /** The product has noticed the cut (within a couple of seconds: the probe runs every second). */
    static void waitUntilDown(Calls calls) {
        new PollingConditions(timeout: ANSWER_MS / 1000, delay: 0.1).eventually {
            assert calls.get('/health').status == 503
        }
    }

    static Calls.Answer signInForm(Calls calls) {
        calls.send('POST', '/login', ['Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html,*/*;q=0.8'],
                'username=admin&password=' + URLEncoder.encode(ADMIN_PASSWORD, 'UTF-8'))
    }

    private static void publish(Instant ts, double value) {
        def payload = """{"ts":"${ts}","metrics":[{"metric":"env.temperature","instance":"1","value":${value},"unit":"°C"}]}"""
        def pub = new ProcessBuilder('mosquitto_pub', '-L', MariaDbSpec.mqttUrl().replace('tcp://', 'mqtt://') + "/dcim/${SITE}/sensor/${DEVICE}/metric",
                '-q', '1', '-m', payload).redirectErrorStream(true).start()
        assert pub.waitFor() == 0: pub.inputStream.text
    }
}

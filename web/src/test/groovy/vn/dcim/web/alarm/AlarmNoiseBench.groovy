package vn.dcim.web.alarm

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence
import vn.dcim.core.testing.BenchDatabase

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.time.Instant

/**
 * bench/alarm-noise: the demo site for BENCH_DEMO_HOURS (2) hours of demo time, played BENCH_SPEED (12) times faster
 * (dcim.demo.speed), with two grid outages (every 50 demo minutes, 5 minutes each), cam-3's blips (its video lost and
 * the camera gone for 2 minutes every quarter of an hour, as the demo does), the demo's own door traffic and one door
 * forced by the bench. The product's windows that are counted in seconds (cause wait, symptom grace, flap window,
 * incident settle) and the demo devices' poll intervals are divided by the same speed, so that every ratio between an
 * event and a window is the one of a real two hours; the duties keep their 15 s cadence (a notification may go out
 * a few demo minutes late, never an extra row).
 *
 * Read as a script reads the product: signed in with POST /login, the bearer on every call. The console is sampled
 * every 250 ms: a row counts once it was seen on the console, if only for a moment. A cause is a cluster of alarms
 * of one device family (the power chain and the site; each other device) with less than 5 demo minutes between
 * them: the scenario's causes are far apart in time. The incident chains' windows (incidents/chains.yml, 15 and 30 min)
 * are data and not divided by the speed: at speed 12 a later event of the same chain joins the first one's incident,
 * so the per-cause column (the incidents a cause's alarms are in) is the one to read. Not a spec (no Spec suffix): run
 * by bench/alarm-noise/run.
 */
class AlarmNoiseBench {
    static final String ADMIN_PASSWORD = 'Bench-Chief-Pass#2026'
    static final Set<String> POWER_DEVICES = ['demo', 'ats-1', 'gen-1', 'ups-1', 'ups-2'] as Set
    static final long CLUSTER_GAP_S = 300
    static final Set<String> DROP_RULES = ['device-unreachable', 'device-stale', 'camera-offline', 'camera-video-loss', 'camera-not-recording'] as Set

    static void main(String[] args) {
        int speed = (System.getenv('BENCH_SPEED') ?: '12') as int
        double hours = (System.getenv('BENCH_DEMO_HOURS') ?: '2') as double
        int mqttPort = (System.getenv('BENCH_MQTT_PORT') ?: '18830') as int
        int agentsPort = (System.getenv('BENCH_AGENTS_FIRST_PORT') ?: '16400') as int
        String mqttUrl = "tcp://127.0.0.1:${mqttPort}"
        Closure<String> scaled = { long seconds -> String.valueOf(Math.max(1L, (long) Math.round(seconds / (double) speed))) }
        Map<String, Object> props = BenchDatabase.properties(System.getenv('DCIM_TEST_DB_URL') ?: 'jdbc:mariadb://127.0.0.1:3306/dcim_bench_noise') + [
                'micronaut.server.port'             : '-1',
                'dcim.scheduler.enabled'            : 'true',
                'dcim.demo.enabled'                 : 'true',
                'dcim.demo.speed'                   : String.valueOf(speed),
                'dcim.demo.outage-every-s'          : '3000',
                'dcim.demo.outage-length-s'         : '300',
                'dcim.demo.backfill.enabled'        : 'false',
                'dcim.demo.agents.first-port'       : String.valueOf(agentsPort),
                'dcim.demo.agents.interval-s'       : scaled(60),
                'dcim.demo.agents.power-interval-s' : scaled(15),
                'dcim.alarm.cause-wait-s'           : scaled(60),
                'dcim.alarm.symptom-grace-s'        : scaled(300),
                'dcim.alarm.flap-window-s'          : scaled(300),
                'dcim.incident.symptom-settle-s'    : scaled(60),
                'dcim.mqtt.url'                     : mqttUrl,
                'dcim.mqtt.client-id'               : 'dcim-noise-bench',
                'dcim.snmp.trap.enabled'            : 'false',
                'dcim.syslog.enabled'               : 'false',
                'dcim.admin-password'               : ADMIN_PASSWORD,
        ] as Map<String, Object>
        println "demo: ${hours} h at speed ${speed} (${Math.round(hours * 3600 / speed)} s real); outages every 50 demo min for 5; " +
                "windows /${speed}: cause wait ${props['dcim.alarm.cause-wait-s']} s, symptom grace ${props['dcim.alarm.symptom-grace-s']} s, " +
                "flap ${props['dcim.alarm.flap-window-s']} s, settle ${props['dcim.incident.symptom-settle-s']} s; polls ${props['dcim.demo.agents.power-interval-s']} s (power), " +
                "${props['dcim.demo.agents.interval-s']} s (others)"
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer, props, 'bench')
        ApplicationContext ctx = server.applicationContext
        boolean failed = false
        try {
            String api = server.URL.toString().replaceAll('/$', '')
            def http = HttpClient.newHttpClient()
            String token = AlarmLatencyBench.signIn(http, api)
            // an operator who hears every alarm: what is notified is counted in the outbox
            request(http, 'POST', "${api}/api/notification-recipients", token, [name: 'Noise bench', role: 'operator', channel: 'email',
                    address: 'noise-bench@dcim.test', minSeverity: 'info', enabled: true, language: 'vi'])
            Instant start = Instant.now()
            Closure<Double> demoHour = { Instant t -> Duration.between(start, t).toMillis() * speed / 3_600_000d }
            Map<Long, Instant> seenOnConsole = [:]
            long end = System.currentTimeMillis() + (long) (hours * 3_600_000 / speed)
            long doorAt = System.currentTimeMillis() + (long) (0.4 * 3_600_000 / speed)
            boolean doorDone = false
            def mqtt = new MqttClient(mqttUrl, 'noise-bench-door', new MemoryPersistence())
            mqtt.connect(new MqttConnectOptions(cleanSession: true))
            while (System.currentTimeMillis() < end) {
                def rows = request(http, 'GET', "${api}/api/alarms?state=console&limit=1000", token).results as List<Map>
                rows.each { seenOnConsole.putIfAbsent(it.id as long, Instant.now()) }
                if (!doorDone && System.currentTimeMillis() >= doorAt) {
                    // the bench's door event: forced, closed again two demo minutes later
                    publishDoor(mqtt, true)
                    Thread.start { sleep(120_000L.intdiv(speed)); publishDoor(mqtt, false) }
                    doorDone = true
                }
                sleep(250)
            }
            // the last held alarms released, the last incidents correlated
            sleep(20_000)
            mqtt.disconnect()
            List<Map> alarms = pages(http, "${api}/api/alarms?", token, 1000)
            List<Map> incidents = pages(http, "${api}/api/incidents?", token, 500)
            List<Map> notices = pages(http, "${api}/api/notifications?", token, 500)
            Map<Long, Long> incidentOf = [:]
            incidents.each { i ->
                (request(http, 'GET', "${api}/api/incidents/${i.id}", token).alarms as List<Map>).each { incidentOf[it.id as long] = i.id as long }
            }
            report(alarms.findAll { Instant.parse(it.raisedAt as String) >= start }, incidents.findAll { Instant.parse(it.openedAt as String) >= start },
                    notices, incidentOf, seenOnConsole, demoHour, start, speed)
        } catch (Throwable e) {
            e.printStackTrace()
            failed = true
        } finally {
            ctx.close()
            System.exit(failed ? 1 : 0)
        }
    }

    static void report(List<Map> alarms, List<Map> incidents, List<Map> notices, Map<Long, Long> incidentOf, Map<Long, Instant> seen,
                       Closure<Double> demoHour, Instant start, int speed) {
        Closure<Instant> raised = { Map a -> Instant.parse(a.raisedAt as String) }
        Closure<Integer> hourOf = { Instant t -> (int) Math.floor(demoHour(t)) }
        Set<Long> rowIds = seen.keySet()
        Map<Long, Integer> noticesOf = notices.findAll { it.alarmId != null }.countBy { it.alarmId as long }
        println ''
        println 'per demo hour           alarms  console rows  incidents  alarm notifications'
        (alarms.collect { hourOf(raised(it)) } + incidents.collect { hourOf(Instant.parse(it.openedAt as String)) }).unique().sort().each { h ->
            def inHour = alarms.findAll { hourOf(raised(it)) == h }
            printf('  hour %d                %6d  %12d  %9d  %19d%n', h + 1, inHour.size(), inHour.count { it.id as long in rowIds },
                    incidents.count { hourOf(Instant.parse(it.openedAt as String)) == h }, inHour.sum(0) { noticesOf.getOrDefault(it.id as long, 0) })
        }
        // causes: one family's alarms, close in time: the power chain and the site; a device's drop with what it no longer
        // tells; any other rule of a device on its own (a door held open and a door forced are two causes)
        Map<String, List<Map>> families = alarms.groupBy {
            String source = it.source as String
            source in POWER_DEVICES || source.startsWith('pdu-') ? 'power (grid)'
                    : (it.ruleId as String) in DROP_RULES ? source + ' drop' : source + ' ' + it.ruleId
        }
        List<Map> causes = []
        families.each { family, list ->
            List<Map> current = []
            list.sort { raised(it) }.each { a ->
                if (current && Duration.between(raised(current.last()), raised(a)).toMillis() * speed / 1000 > CLUSTER_GAP_S) {
                    causes << [family: family, alarms: current]
                    current = []
                }
                current << a
            }
            if (current) {
                causes << [family: family, alarms: current]
            }
        }
        println ''
        println 'per cause (demo time)                                  alarms  console rows  incidents  notifications  rules'
        int met = 0
        causes.sort { raised(it.alarms[0]) }.each { c ->
            List<Map> list = c.alarms
            int rows = list.count { it.id as long in rowIds }
            int inc = list.collect { incidentOf[it.id as long] }.findAll { it != null }.unique().size()
            int told = list.sum(0) { noticesOf.getOrDefault(it.id as long, 0) } as int
            if (rows <= 1 && inc <= 1) {
                met++
            }
            printf('  %-50s %6d  %12d  %9d  %13d  %s%n', "${c.family} at +${String.format('%.0f', demoHour(raised(list[0])) * 60)} min",
                    list.size(), rows, inc, told, list*.ruleId.unique().join(','))
        }
        println ''
        printf('totals: %d alarms, %d console rows, %d incidents, %d alarm notifications; %d causes, %d with at most one row and one incident%n',
                alarms.size(), alarms.count { it.id as long in rowIds }, incidents.size(), alarms.sum(0) { noticesOf.getOrDefault(it.id as long, 0) },
                causes.size(), met)
    }

    static void publishDoor(MqttClient mqtt, boolean active) {
        String body = JsonOutput.toJson([id: "bench-door-${active}", ts: Instant.now().toString(), event: 'door_forced', active: active])
        mqtt.publish('dcim/demo/door/door-1/event', body.getBytes('UTF-8'), 1, false)
    }

    static List<Map> pages(HttpClient http, String url, String token, int limit) {
        List<Map> out = []
        for (int offset = 0; ; offset += limit) {
            def page = request(http, 'GET', "${url}limit=${limit}&offset=${offset}", token)
            out.addAll(page.results as List<Map>)
            if ((page.results as List).size() < limit) {
                return out
            }
        }
    }

    static Object request(HttpClient http, String method, String url, String token, Object body = null) {
        def b = HttpRequest.newBuilder(URI.create(url)).header('Authorization', "Bearer ${token}").header('Content-Type', 'application/json')
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JsonOutput.toJson(body)))
        def r = http.send(b.build(), HttpResponse.BodyHandlers.ofString())
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("${method} ${url}: ${r.statusCode()} ${r.body()}")
        }
        r.body() ? new JsonSlurper().parseText(r.body()) : null
    }
}

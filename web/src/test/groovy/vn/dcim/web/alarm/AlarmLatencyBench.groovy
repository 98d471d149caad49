package vn.dcim.web.alarm

import vn.dcim.core.testing.BenchDatabase
import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.Protocol
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.snmp.testing.Snmpsim

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * bench/alarms: event → alarm visible in GET /api/alarms, p50/p99, through the whole product
 * (Micronaut app, MariaDB, bridge, poller, rules, API).
 * MQTT: a door_forced event published (QoS 1) to Mosquitto, then the API polled every 5 ms.
 * SNMP: snmpsim's UPS switched to battery by SNMP SET, then the API polled; the figure includes
 * waiting for the next poll (interval BENCH_POLL_S), so p50 ≈ half an interval by design.
 * Not a spec (no Spec suffix): run by bench/alarms/run.
 */
class AlarmLatencyBench {
    static final String UPS_SOURCE = '1.3.6.1.2.1.33.1.4.1.0'
    static final String ADMIN_PASSWORD = 'Bench-Chief-Pass#2026'

    static void main(String[] args) {
        int mqttEvents = (System.getenv('BENCH_MQTT_EVENTS') ?: '200') as int
        int snmpEvents = (System.getenv('BENCH_SNMP_EVENTS') ?: '20') as int
        int pollS = (System.getenv('BENCH_POLL_S') ?: '1') as int
        String mqttUrl = System.getenv('DCIM_TEST_MQTT_URL') ?: 'tcp://127.0.0.1:1883'
        Snmpsim sim = AlarmEndToEndSpec.serveSwitchableUps()
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer, BenchDatabase.properties(System.getenv('DCIM_TEST_DB_URL') ?: 'jdbc:mariadb://127.0.0.1:3306/dcim_test') + [
                'micronaut.server.port'                    : '-1',
                'dcim.mqtt.url'                            : mqttUrl,
                'dcim.mqtt.client-id'                      : 'dcim-alarm-bench',
                'dcim.snmp.tick-ms'                        : '50',
                'dcim.snmp.device-refresh-ms'              : '200',
                'dcim.admin-password'                      : ADMIN_PASSWORD,
        ] as Map<String, Object>, 'bench')
        ApplicationContext ctx = server.applicationContext
        boolean failed = false
        try {
            String api = server.URL.toString()
            ctx.getBean(SiteRepository).save(new Site('bench', 'Bench', null, null))
            def devices = ctx.getBean(MonitoredDeviceRepository)
            (1..mqttEvents).each { devices.save(MonitoredDevice.mqtt("door-b$it", 'bench', null, "door $it")) }
            devices.save(new MonitoredDevice('ups-bench', 'bench', null, 'UPS bench', Protocol.snmp, '127.0.0.1', sim.port, '2c', 'ups-e2e',
                    null, null, null, null, null, null, pollS, 1000, 0, true))
            def http = HttpClient.newHttpClient()
            // the bench reads the API as a script does: signed in with POST /login, the bearer on every call
            String token = signIn(http, api)
            // the bridge re-reads its device list at most every 5 s; a retained message that arrived at
            // start may have just read it without the bench's doors
            sleep(6000)

            def mqtt = new MqttClient(mqttUrl, 'alarm-bench-pub', new MemoryPersistence())
            mqtt.connect(new MqttConnectOptions(cleanSession: true))
            List<Double> mqttMs = []
            (1..mqttEvents).each { i ->
                long t0 = System.nanoTime()
                mqtt.publish("dcim/bench/door/door-b$i/event", """{"id":"b-$i","ts":"${java.time.Instant.now()}","event":"door_forced"}""".getBytes('UTF-8'), 1, false)
                await(http, api, token, "door-b$i", 'door-forced', 'open')
                mqttMs << (System.nanoTime() - t0) / 1e6
            }
            mqtt.disconnect()

            List<Double> snmpMs = []
            (1..snmpEvents).each {
                await(http, api, token, 'ups-bench', 'ups-on-battery', 'cleared-or-none')
                sleep((long) (Math.random() * pollS * 1000))
                long t0 = System.nanoTime()
                snmpset(sim.port, 5)
                await(http, api, token, 'ups-bench', 'ups-on-battery', 'open')
                snmpMs << (System.nanoTime() - t0) / 1e6
                snmpset(sim.port, 3)
            }
            println "event → alarm visible in GET /api/alarms (ms)"
            report("MQTT door_forced (${mqttEvents} events)", mqttMs)
            report("SNMP UPS on battery, poll interval ${pollS} s (${snmpEvents} events)", snmpMs)
        } catch (Throwable e) {
            // a failed run must not look like a finished one
            e.printStackTrace()
            failed = true
        } finally {
            ctx.close()
            sim.close()
            // Paho and Netty leave non-daemon threads behind
            System.exit(failed ? 1 : 0)
        }
    }

    static String signIn(HttpClient http, String api) {
        def login = HttpRequest.newBuilder(URI.create("${api}/login")).header('Content-Type', 'application/json')
                .POST(HttpRequest.BodyPublishers.ofString(groovy.json.JsonOutput.toJson([username: 'admin', password: ADMIN_PASSWORD])))
                .build()
        String body = http.send(login, HttpResponse.BodyHandlers.ofString()).body()
        (new groovy.json.JsonSlurper().parseText(body) as Map).access_token as String
    }

    static void await(HttpClient http, String api, String token, String device, String rule, String want) {
        long deadline = System.currentTimeMillis() + 30_000
        def request = HttpRequest.newBuilder(URI.create("${api}/api/alarms?state=open&device=${device}&rule=${rule}"))
                .header('Authorization', "Bearer ${token}").build()
        while (System.currentTimeMillis() < deadline) {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body()
            boolean open = !body.contains('"count":0')
            if ((want == 'open') == open) {
                return
            }
            sleep(5)
        }
        throw new IllegalStateException("${device} ${rule} not ${want} within 30 s")
    }

    static void snmpset(int port, int source) {
        def p = new ProcessBuilder('snmpset', '-v2c', '-c', 'ups-e2e', "127.0.0.1:${port}", UPS_SOURCE, 'i', source.toString())
                .redirectErrorStream(true).start()
        if (p.waitFor() != 0) {
            throw new IllegalStateException(p.inputStream.text)
        }
    }

    static void report(String what, List<Double> ms) {
        def sorted = ms.sort()
        def pct = { double q -> sorted[Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)] }
        printf('%-55s p50 %7.1f  p99 %7.1f  max %7.1f%n', what, pct(0.50), pct(0.99), sorted.last())
    }
}

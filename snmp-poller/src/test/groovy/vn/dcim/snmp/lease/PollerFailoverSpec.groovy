package vn.dcim.snmp.lease

import io.micronaut.context.ApplicationContext
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Stepwise
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.Protocol
import vn.dcim.core.alarm.Severity
import vn.dcim.core.notification.Channel
import vn.dcim.core.notification.Recipient
import vn.dcim.core.notification.RecipientRepository
import vn.dcim.core.notification.RecipientRole
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.SharedData
import vn.dcim.core.testing.Sql
import vn.dcim.snmp.poll.SnmpPollingService
import vn.dcim.snmp.testing.Snmpsim

import javax.sql.DataSource
import java.time.Instant

/**
 * Two pollers (two application contexts, as two machines) on one MariaDB schema
 * poll snmpsim agents. Every device is polled, none twice in an interval; when one poller dies its
 * devices are polled again within two intervals; a poller that comes back gets its share back.
 * One story in steps: each step starts from the pollers the previous one left.
 */
@Stepwise
class PollerFailoverSpec extends MariaDbSpec {
    static final int DEVICES = 10
    /**
     * The devices' polling interval. 5 s rather than the 3 s this spec had: the story's promises are counted in
     * intervals (once an interval, again within two), and beside web's specs on a loaded 2-core machine a poll
     * and a lease round took seconds longer than at rest.
     */
    static final int INTERVAL_S = 5
    /**
     * Two polls of one device started closer than this are the same interval polled twice (the ticker
     * looks every 100 ms). Starts, not the points' times: a point is stamped when its poll completes, and
     * a first poll by a new holder (which detects the profiles) completes later than the next.
     */
    static final long SAME_INTERVAL_MS = INTERVAL_S * 1000 - 150

    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve((0..<DEVICES).collectEntries {
        [("ups-${it}".toString()): SharedData.devices().resolve('eatonups.snmprec')]
    }, 0)
    @Shared Map<String, String> props
    @Shared Map<String, ApplicationContext> pollers = new java.util.concurrent.ConcurrentHashMap<>()
    @Shared Instant crashedAt
    /** Every poll start seen on any poller, per device (sampled from the pollers' own device states). */
    @Shared Map<String, Set<Instant>> starts = new java.util.concurrent.ConcurrentHashMap<>()
    @Shared Thread sampler
    /** The device that never answers (no agent on its port): its alarm must be raised once, whoever polls it. */
    @Shared String silent = "ups-${DEVICES - 1}"
    /** The poller that dies in the third step (the one holding the silent device) and the one that survives. */
    @Shared String victim
    @Shared String survivor

    def setupSpec() {
        props = properties
        // snmpsimd indexes a recording on its first request (about a second): warm every agent up, so
        // that a slow first answer does not look like two polls close together
        (0..<DEVICES).each {
            new ProcessBuilder('snmpwalk', '-v2c', '-c', "ups-${it}", "127.0.0.1:${sim.port}", '1.3.6.1.2.1.33.1.1')
                    .redirectErrorStream(true).start().waitFor()
        }
    }

    def cleanupSpec() {
        sampler?.interrupt()
        pollers.values().each { it.close() }
    }

    /** Polls of one device by one poller are an interval apart, so sampling every 20 ms misses none. */
    void sampleStarts() {
        sampler = Thread.start {
            while (!Thread.currentThread().interrupted) {
                pollers.values().each { ctx ->
                    ctx.getBean(SnmpPollingService).@states.each { String id, state ->
                        Instant started = state.@lastStarted
                        if (started != null) {
                            starts.computeIfAbsent(id) { java.util.concurrent.ConcurrentHashMap.newKeySet() } << started
                        }
                    }
                }
                try { sleep(20) } catch (InterruptedException e) { return }
            }
        }
    }

    ApplicationContext start(String id) {
        // no back-off for the silent device: it is tried every interval like the others, so that its polls can be counted
        def ctx = ApplicationContext.run(props + ['dcim.snmp.lease.instance-id': id, 'dcim.snmp.lease.ttl': '1500ms',
                                                  'dcim.snmp.tick-ms': '100', 'dcim.snmp.device-refresh-ms': '200',
                                                  'dcim.snmp.max-backoff-s': "${INTERVAL_S}"])
        pollers[id] = ctx
        ctx
    }

    int held(String id) {
        pollers[id].getBean(SnmpPollingService).heldDevices()
    }

    def "two pollers share the devices evenly, and every device is polled"() {
        given:
        start('poller-a')
        start('poller-b')
        sampleStarts()
        def ctx = pollers['poller-a']
        ctx.getBean(SiteRepository).save(new Site('lease', 'Lease site', null, null))
        ctx.getBean(RecipientRepository).save(new Recipient(null, 'Trực ca', RecipientRole.operator, Channel.email,
                'truc.ca@example.vn', Severity.info, true, null))
        // 5 s a request for the agents that answer: on a loaded machine snmpsim once took more than 1.5 s, every
        // device looked unreachable and the story below lost its one silent device. The silent
        // device keeps 1.5 s: each of its polls waits that long, and must end within its interval
        (0..<DEVICES).each {
            boolean quiet = "ups-${it}" == silent
            ctx.getBean(MonitoredDeviceRepository).save(new MonitoredDevice("ups-${it}", 'lease', null, "UPS ${it}", Protocol.snmp,
                    '127.0.0.1', quiet ? deadPort() : sim.port, '2c', "ups-${it}", null, null, null, null, null, null, INTERVAL_S,
                    quiet ? 1500 : 5000, 0, true))
        }

        expect:
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert held('poller-a') == DEVICES / 2
            assert held('poller-b') == DEVICES / 2
            assert polls().keySet().size() == DEVICES
        }
        owners() == ['poller-a': DEVICES / 2, 'poller-b': DEVICES / 2]
    }

    def "over three intervals each device is polled once an interval, by one poller"() {
        given:
        Instant from = Instant.now()

        when:
        sleep(3 * INTERVAL_S * 1000)
        def window = polls().collectEntries { id, ts -> [(id): ts.findAll { it >= from }] }

        then: 'three polls of each device (one more or less by where the window falls), never two in one interval'
        window.findAll { id, ts -> id != silent }.every { id, ts -> ts.size() in 2..4 }

        and: "the silent device's: each poll waits out the timeout, then asks the network why (up to 4.5 s in all)"
        window[silent].size() in 1..4
        doublePolls() == [:]
    }

    def "a poller that dies without a word: each of its devices is polled again within two intervals, no alarm raised twice"() {
        given: 'the poller holding the silent device has raised its alarm (device unreachable)'
        victim = owners(silent)
        survivor = victim == 'poller-a' ? 'poller-b' : 'poller-a'
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert unreachableAlarms().size() == 1
        }

        and: 'it freezes: no more polls, no more lease renewals (as kill -9, or a machine lost)'
        def frozen = pollers[victim].getBean(SnmpPollingService)
        frozen.@ticker.shutdownNow()
        frozen.@writer.shutdownNow()
        crashedAt = Instant.now()

        when:
        sleep(2 * INTERVAL_S * 1000 + 500)

        then:
        starts.every { id, ts -> ts.any { it > crashedAt && it <= crashedAt.plusSeconds(2 * INTERVAL_S) } }
        held(survivor) == DEVICES
        owners() == [(survivor): DEVICES]
        doublePolls() == [:]

        and: 'the survivor found the silent device unreachable too, and raised no second alarm: one alarm, one notification'
        // Its count of the repeat is not asked: an alarm engine takes the alarms open at its first readings as raised
        // (AlarmEngine.resumeOpenAlarms, so that a recovery clears them) and counts no repeat of those. On a loaded
        // machine the survivor's first readings came after the victim had raised this one, and it never counted.
        new PollingConditions(timeout: 60, delay: 0.2).eventually {
            assert polls()[silent].any { it > crashedAt }
        }
        def alarms = unreachableAlarms()
        alarms.size() == 1
        notifications(alarms[0].id as long) == 1
    }

    def "a poller that comes back gets its share back, without a device polled twice"() {
        given:
        pollers.remove(victim).close()

        when:
        start('poller-c')

        then:
        new PollingConditions(timeout: 20, delay: 0.2).eventually {
            assert held('poller-c') == DEVICES / 2
            assert held(survivor) == DEVICES / 2
        }

        when:
        Instant from = Instant.now()
        sleep(2 * INTERVAL_S * 1000 + 500)

        then: 'every device polled again; a new holder detects the profiles first, which took longer than that on a loaded machine'
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert polls().every { id, ts -> ts.any { it > from } }
        }
        owners() == [(survivor): DEVICES / 2, 'poller-c': DEVICES / 2]
        doublePolls() == [:]
    }

    def "a poller stopped cleanly hands its devices over at once"() {
        given:
        Instant stoppedAt = Instant.now()

        when:
        pollers.remove('poller-c').close()

        then: 'it gave them back as it stopped (its leases would otherwise hold them for 1.5 s more)'
        !owners().containsKey('poller-c')

        and: 'the survivor holds them at its next round'
        new PollingConditions(timeout: 5, delay: 0.05).eventually {
            assert held(survivor) == DEVICES
        }

        and:
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert polls().every { id, ts -> ts.any { it > stoppedAt.plusMillis(100) } }
        }
        doublePolls() == [:]
    }

    /** Every device's reachability points (one per poll), oldest first. */
    Map<String, List<Instant>> polls() {
        def sql = new Sql(pollers.values().first().getBean(DataSource))
        sql.rows("SELECT device_id, DATE_FORMAT(ts, '%Y-%m-%dT%H:%i:%s.%fZ') AS at FROM reading WHERE metric = 'device.reachable' ORDER BY device_id, ts")
                .groupBy { it.device_id as String }
                .collectEntries { id, rows -> [(id): rows.collect { Instant.parse(it.at as String) }] }
    }

    /** Devices with two polls started closer than an interval: the gaps that are too short. */
    Map<String, List<Long>> doublePolls() {
        starts.collectEntries { id, Set<Instant> set ->
            List<Instant> ts = set.sort()
            def gaps = (1..<ts.size()).collect { ts[it].toEpochMilli() - ts[it - 1].toEpochMilli() }.findAll { it < SAME_INTERVAL_MS }
            gaps ? [(id): gaps] : [:]
        }
    }

    String owners(String device) {
        new Sql(pollers.values().first().getBean(DataSource)).rows("SELECT owner FROM device_lease WHERE device_id = ?", [device])[0].owner
    }

    List<Map> unreachableAlarms() {
        new Sql(pollers.values().first().getBean(DataSource))
                .rows("SELECT id, occurrences FROM alarm WHERE source = ? AND rule_id = 'device-unreachable'", [silent])
    }

    long notifications(long alarmId) {
        new Sql(pollers.values().first().getBean(DataSource)).count("SELECT COUNT(*) FROM notification WHERE alarm_id = ?", [alarmId])
    }

    /** A UDP port with no agent behind it. */
    static int deadPort() {
        new DatagramSocket(0, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
    }

    Map<String, Integer> owners() {
        def sql = new Sql(pollers.values().first().getBean(DataSource))
        sql.rows("SELECT owner, COUNT(*) AS n FROM device_lease WHERE owner <> '' GROUP BY owner ORDER BY owner")
                .collectEntries { [(it.owner as String): (it.n as Number).intValue()] }
    }
}

package vn.dcim.web.role

import io.micronaut.context.ApplicationContext
import io.micronaut.context.event.ApplicationEventListener
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Stepwise
import spock.util.concurrent.PollingConditions
import vn.dcim.core.collector.SiteCollectors
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.Protocol
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingsRecorded
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.SharedData
import vn.dcim.core.testing.Sql
import vn.dcim.snmp.collector.CollectorProcess
import vn.dcim.snmp.poll.SnmpPollingService
import vn.dcim.mqtt.collector.CollectorLink
import vn.dcim.mqtt.collector.CollectorWire
import vn.dcim.mqtt.collector.DiskBuffer
import vn.dcim.mqtt.ingest.CollectorSequences
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.mqtt.testing.Mosquitto
import vn.dcim.mqtt.testing.TlsBroker
import vn.dcim.snmp.testing.Snmpsim

import javax.sql.DataSource
import java.nio.file.Files
import java.time.Instant
import java.util.concurrent.CopyOnWriteArrayList

/**
 * A remote collector without database access polls snmpsim agents and publishes
 * to the center's broker (TLS, with a password); the center sends it its devices over the broker and
 * ingests its readings through the bridge. The broker is then killed for 20 s while the collector
 * keeps polling: when it is back, every reading taken during the cut reaches the center, in order, none twice.
 */
@Stepwise
class RemoteCollectorSpec extends MariaDbSpec {
    static final List<String> DEVICES = ['far-ups-0', 'far-ups-1', 'far-ups-2']
    static final int INTERVAL_S = 2
    /**
     * Longer than the collector's reconnect back-off takes to reach its 10 s ceiling (0.5 + 1 + 2 + 4 + 8 s), so
     * the cut ends while the collector waits at the ceiling, and long enough for 10 polling intervals per device.
     */
    static final int CUT_S = 20

    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve(DEVICES.collectEntries {
        [(it): SharedData.devices().resolve('eatonups.snmprec')]
    }, 0)
    /** TLS only, passwords, persistence: the center's broker as the README asks for one */
    @Shared @AutoCleanup Mosquitto broker = TlsBroker.start()
    @Shared @AutoCleanup('close') ApplicationContext center
    @Shared @AutoCleanup('close') ApplicationContext collector
    /** Every reading the center committed, in commit order. */
    @Shared List<Reading> recorded = new CopyOnWriteArrayList<>()
    @Shared List<Reading> takenDuringCut

    def setupSpec() {
        center = ApplicationContext.builder()
                .properties(properties + ['dcim.mqtt.url'                  : broker.url(),
                                          'dcim.mqtt.username'             : TlsBroker.USER,
                                          'dcim.mqtt.password'             : TlsBroker.PASSWORD,
                                          'dcim.mqtt.truststore'           : TlsBroker.truststore(broker),
                                          'dcim.mqtt.truststore-password'  : TlsBroker.TRUST_PASSWORD,
                                          'dcim.mqtt.client-id'            : 'spec-center-bridge',
                                          'dcim.mqtt.bridge.enabled'       : 'true',
                                          // the center polls too: it must leave the collector's site alone
                                          'dcim.snmp.tick-ms'              : '100',
                                          'dcim.snmp.device-refresh-ms'    : '200',
                                          'dcim.snmp.lease.ttl'            : '1500ms',
                                          'dcim.collector.config-interval' : '300ms'])
                .singletons(new Recorder(recorded))
                .start()
        center.getBean(SiteRepository).save(new Site('far', 'Far site', null, null))
        // the site is the collector's before it has a device: the center's poller (a refresh every 200 ms) would
        // otherwise rightly poll a device of a site with no collector in between, as it did once under load
        center.getBean(SiteCollectors).assign('far', 'far-dr')
        DEVICES.each {
            center.getBean(MonitoredDeviceRepository).save(new MonitoredDevice(it, 'far', null, it, Protocol.snmp,
                    '127.0.0.1', sim.port, '2c', it, null, null, null, null, null, null, INTERVAL_S, 1500, 0, true))
        }
    }

    def "a collector with no database gets its devices over the broker, polls them and the center stores their readings"() {
        given: 'the collector: its own settings only (no application.yml, no datasource), the key file copied from the center'
        def data = Files.createTempDirectory('spec-collector')
        def keys = Files.createDirectories(data.resolve('keys'))
        Files.copy(java.nio.file.Path.of(KEYS_DIR, 'collector-far-dr.keyset.json').with { f ->
            new PollingConditions(timeout: 10).eventually { assert Files.exists(f) }
            f
        }, keys.resolve('collector-far-dr.keyset.json'))
        def env = [DCIM_COLLECTOR_ID            : 'far-dr', DCIM_MQTT_URL: broker.url(),
                   DCIM_MQTT_USER               : TlsBroker.USER, DCIM_MQTT_PASSWORD: TlsBroker.PASSWORD,
                   DCIM_MQTT_TRUSTSTORE         : TlsBroker.truststore(broker),
                   DCIM_MQTT_TRUSTSTORE_PASSWORD: TlsBroker.TRUST_PASSWORD,
                   DCIM_DATA_DIR                : data.toString(), DCIM_KEYS_DIR: keys.toString()]
        collector = CollectorProcess.start(CollectorProcess.properties(env.&get) + ['dcim.snmp.tick-ms': 100])

        expect: 'over TLS, signed in'
        broker.url().startsWith('ssl://')
        !collector.containsBean(DataSource)
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert center.getBean(MqttBridge).isSubscribed()
            assert collector.getBean(CollectorLink).devices()*.id().sort() == DEVICES
            assert collector.getBean(CollectorLink).devices().every { it.community() == it.id() }
            assert DEVICES.every { d -> recorded.any { it.deviceId() == d && it.metric() == 'ups.battery.charge' } }
        }
    }

    def "the center's poller, running beside it, holds no device of the collector's site and polls none"() {
        expect:
        center.getBean(SnmpPollingService).heldDevices() == 0
        sql().count('SELECT COUNT(*) FROM device_lease WHERE owner <> \'\'') == 0
        center.getBean(SnmpPollingService).answeredPolls() + center.getBean(SnmpPollingService).failedPolls() == 0
    }

    def "the broker is cut for 20 s: the collector buffers on disk and every reading of the cut arrives after, in order, none twice"() {
        given:
        def link = collector.getBean(CollectorLink)
        def buffer = collector.getBean(DiskBuffer)
        def polling = collector.getBean(SnmpPollingService)
        new PollingConditions(timeout: 10).eventually { assert link.bufferDepth() == 0 }
        // the center's persistent session is in the broker's store: the kill would lose one made within the
        // autosave interval, and with it every batch queued for the center while it reconnects
        broker.awaitSave()
        Instant cutAt = Instant.now()
        long polledBefore = polling.answeredPolls()

        when: 'the broker dies; the collector keeps polling through the cut'
        broker.kill()
        sleep(CUT_S * 1000)
        takenDuringCut = buffer.pending().collectMany { CollectorWire.parseReadings(it.payload()) }
        long polledDuringCut = polling.answeredPolls() - polledBefore
        Instant backAt = Instant.now()

        then: 'a reading of each device every interval sits in the buffer'
        DEVICES.every { d ->
            takenDuringCut.count { it.deviceId() == d && it.metric() == 'device.reachable' && it.value() == 1.0d } >= CUT_S.intdiv(INTERVAL_S) - 2
        }

        when: 'the broker comes back on the same port'
        broker.start()

        then: 'the buffer drains'
        new PollingConditions(timeout: 60, delay: 0.5).eventually {
            assert link.bufferDepth() == 0
            assert recorded.containsAll(takenDuringCut)
        }

        and: 'every poll answered during the cut reached the center (counted by the poller, not by the buffer)'
        polledDuringCut >= DEVICES.size() * (CUT_S.intdiv(INTERVAL_S) - 2)
        recorded.count { it.metric() == 'device.reachable' && it.value() == 1.0d && it.time() > cutAt && it.time() < backAt } >= polledDuringCut - DEVICES.size()

        and: 'nothing lost: each reading of the cut is stored'
        takenDuringCut.every { r ->
            // DATETIME(3): the stored time is the reading's to the millisecond
            def ms = java.time.LocalDateTime.ofInstant(r.time().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), java.time.ZoneOffset.UTC)
            sql().count('SELECT COUNT(*) FROM reading WHERE device_id = ? AND metric = ? AND instance = ? AND ts >= ? AND ts < ?',
                    [r.deviceId(), r.metric(), r.instance(), ms, ms.plusNanos(1_000_000)]) == 1
        }

        and: 'in order: the center committed each device\'s readings in the order they were taken'
        DEVICES.every { d ->
            def times = recorded.findAll { it.deviceId() == d && it.metric() == 'device.reachable' }*.time()
            times == times.toSorted()
        }

        and: 'none twice'
        recorded.countBy { [it.deviceId(), it.metric(), it.instance(), it.time()] }.findAll { k, n -> n > 1 } == [:]
        link.dropped() == 0

        and: 'the center knows the collector caught up and lost nothing (what GET /api/collectors shows)'
        def last = center.getBean(SiteCollectors).lastBatches()['far-dr']
        last.at() > backAt
        last.dropped() == 0
    }

    /** The center's committed readings, as the alarm engine sees them. */
    static class Recorder implements ApplicationEventListener<ReadingsRecorded> {
        final List<Reading> into

        Recorder(List<Reading> into) {
            this.into = into
        }

        @Override
        void onApplicationEvent(ReadingsRecorded event) {
            into.addAll(event.readings().findAll { it.deviceId().startsWith('far-') })
        }
    }

    Sql sql() {
        new Sql(center.getBean(DataSource))
    }
}

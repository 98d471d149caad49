package vn.dcim.snmp.trap

import io.micronaut.context.event.ApplicationEventPublisher
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceChanged
import vn.dcim.core.device.Protocol
import vn.dcim.core.devicelog.DeviceLogFilter

import static vn.dcim.snmp.trap.UpsTraps.ON_BATTERY
import static vn.dcim.snmp.trap.UpsTraps.run

/**
 * SNMPv3 with USM (RFC 3414): net-snmp's snmptrap and snmpinform, authPriv with
 * SHA and AES, sent from the address of a registered UPS (127.0.0.3, through net-snmp's clientaddr) with
 * that UPS's own credentials. A second v3 UPS at 127.0.0.4 has a user of its own: from 127.0.0.3 its user
 * is refused, each device's keys hold only at its own address. Neither agent answers a poll: only the
 * trap can open the alarm.
 */
@MicronautTest(transactional = false)
class TrapV3Spec extends TrapSpec {
    static final String UPS = 'ups-v3'
    static final String ADDRESS = '127.0.0.3'
    static final List<String> OWN = ['-u', 'ups-v3-user', '-a', 'SHA', '-A', 'auth-key-of-ups-v3', '-x', 'AES', '-X', 'priv-key-of-ups-v3']

    @Inject Alarms alarms
    @Inject ApplicationEventPublisher<MonitoredDeviceChanged> changes

    def setup() {
        boolean registered = registerOnce('trap-v3', 'Trap v3 site') { int silent ->
            [new MonitoredDevice(UPS, 'trap-v3', null, 'UPS v3', Protocol.snmp, ADDRESS, silent, '3', null,
                    'ups-v3-user', 'SHA', 'auth-key-of-ups-v3', 'AES', 'priv-key-of-ups-v3', null, 3600, 500, 0, true),
             new MonitoredDevice('ups-v3-other', 'trap-v3', null, 'UPS v3 other', Protocol.snmp, '127.0.0.4', silent, '3', null,
                    'other-user', 'SHA', 'auth-key-of-other', 'AES', 'priv-key-of-other', null, 3600, 500, 0, true)]
        }
        if (registered) {
            // as the API does: the receiver and the address book take the new devices up now
            changes.publishEvent(new MonitoredDeviceChanged(UPS))
            changes.publishEvent(new MonitoredDeviceChanged('ups-v3-other'))
        }
    }

    def "#how from the UPS's address with its own keys opens its on-battery alarm within 2 s"() {
        given: 'the UPS is not on battery'
        clearOnBattery()

        when:
        def started = java.time.Instant.now().minusMillis(5)
        def sent = traps().sendAndAwaitOpen([tool, "--clientaddr=$ADDRESS", '-v', '3', '-l', 'authPriv'] + OWN + extra
                + ["127.0.0.1:${receiver.port()}", '', ON_BATTERY], 2000)

        then:
        sent.exit == 0
        sent.alarm != null
        sent.ms <= 2000

        and: 'the log tells it as v3'
        new PollingConditions(timeout: 3, delay: 0.05).eventually {
            assert log.find(DeviceLogFilter.ofDevice(UPS), 5, 0).entries().any {
                it.event() == 'UPS-MIB::upsTrapOnBattery' && it.receivedAt() >= started && it.fields() =~ /"version"\s*:\s*"v3"/
            }
        }

        where:
        how                           | tool         | extra
        'snmptrap -v 3 authPriv'      | 'snmptrap'   | []
        'snmpinform -v 3 authPriv'    | 'snmpinform' | ['-t', '2', '-r', '1']
    }

    def "a v3 trap with #what is refused and counted v3_refused, never an alarm"() {
        given:
        clearOnBattery()
        long before = counts.get('trap', 'v3_refused')

        when:
        int exit = run(['snmptrap', "--clientaddr=$from", '-v', '3', '-l', 'authPriv'] + credentials + ["127.0.0.1:${receiver.port()}", '', ON_BATTERY])

        then:
        exit == 0
        new PollingConditions(timeout: 2, delay: 0.05).eventually {
            assert counts.get('trap', 'v3_refused') == before + 1
        }
        sleep(500)
        awaitOpen(1) == null

        where:
        what                                              | from      | credentials
        'a wrong auth key'                                | ADDRESS   | OWN.collect { it == 'auth-key-of-ups-v3' ? 'auth-key-guessed' : it }
        'an unknown user'                                 | ADDRESS   | OWN.collect { it == 'ups-v3-user' ? 'nobody' : it }
        'the other UPS\'s valid user, from this UPS'      | ADDRESS   | ['-u', 'other-user', '-a', 'SHA', '-A', 'auth-key-of-other', '-x', 'AES', '-X', 'priv-key-of-other']
        'an unknown user from an unknown address'         | '127.0.0.5' | OWN.collect { it == 'ups-v3-user' ? 'nobody' : it }
    }

    def "fifty refused v3 traps in a row: each counted, and the next right one still opens the alarm within 2 s"() {
        given:
        clearOnBattery()
        long before = counts.get('trap', 'v3_refused')
        def wrong = OWN.collect { it == 'auth-key-of-ups-v3' ? 'auth-key-guessed' : it }

        when:
        def sent = (1..50).collect {
            run(['snmptrap', "--clientaddr=$ADDRESS", '-v', '3', '-l', 'authPriv'] + wrong + ["127.0.0.1:${receiver.port()}", '', ON_BATTERY])
        }
        run(['snmptrap', "--clientaddr=$ADDRESS", '-v', '3', '-l', 'authPriv'] + OWN + ["127.0.0.1:${receiver.port()}", '', ON_BATTERY])
        long t0 = System.nanoTime() // from the tool's exit, as UpsTraps times it
        def alarm = awaitOpen(2000)

        then:
        sent.every { it == 0 }
        alarm != null
        (System.nanoTime() - t0).intdiv(1_000_000) <= 2000
        counts.get('trap', 'v3_refused') == before + 50
    }

    def "a device's new v3 keys, saved while the receiver runs, hold for its next trap"() {
        given: 'a third UPS whose traps with its first keys have been heard'
        String id = 'ups-v3-rekeyed'
        int silent = silentPort()
        devices.save(rekeyed(id, silent, 'first'))
        changes.publishEvent(new MonitoredDeviceChanged(id))
        def first = sender(id, 'first')
        assert first.sendAndAwaitOpen(['snmptrap'] + first.sender + ["127.0.0.1:${receiver.port()}".toString(), '', ON_BATTERY], 2000).alarm
        first.clearOnBattery(receiver.port())

        when: 'its keys are changed and saved, as the device form does'
        devices.update(rekeyed(id, silent, 'second'))
        changes.publishEvent(new MonitoredDeviceChanged(id))
        def second = sender(id, 'second')
        def sent = second.sendAndAwaitOpen(['snmptrap'] + second.sender + ["127.0.0.1:${receiver.port()}".toString(), '', ON_BATTERY], 2000)

        then: 'a trap with the new keys opens the alarm'
        sent.exit == 0
        sent.alarm != null
    }

    def "a v3 device saved while the receiver runs is heard through a relay that forwards its traps with its keys"() {
        given: 'a UPS registered now, at an address that sends nothing itself'
        String id = 'ups-v3-relayed'
        int silent = silentPort()
        devices.save(new MonitoredDevice(id, 'trap-v3', null, 'UPS v3 relayed', Protocol.snmp, '127.0.0.7', silent, '3', null,
                'relayed-user', 'SHA', 'auth-key-relayed', 'AES', 'priv-key-relayed', null, 3600, 500, 0, true))
        changes.publishEvent(new MonitoredDeviceChanged(id))

        when: 'a relay at another address forwards its trap, naming it in snmpTrapAddress.0 (RFC 3584)'
        def relay = new UpsTraps(alarms, id, ['--clientaddr=127.0.0.6', '-v', '3', '-l', 'authPriv', '-u', 'relayed-user',
                                              '-a', 'SHA', '-A', 'auth-key-relayed', '-x', 'AES', '-X', 'priv-key-relayed'])
        def sent = relay.sendAndAwaitOpen(['snmptrap'] + relay.sender + ["127.0.0.1:${receiver.port()}".toString(), '', ON_BATTERY,
                                           '1.3.6.1.6.3.18.1.3.0', 'a', '127.0.0.7'], 2000)

        then: 'the relayed trap opens the UPS\'s alarm'
        sent.exit == 0
        sent.alarm != null
    }

    // ---------------------------------------------------------------- helpers

    static MonitoredDevice rekeyed(String id, int port, String keys) {
        new MonitoredDevice(id, 'trap-v3', null, 'UPS v3 rekeyed', Protocol.snmp, '127.0.0.5', port, '3', null,
                'rekeyed-user', 'SHA', "auth-key-$keys".toString(), 'AES', "priv-key-$keys".toString(), null, 3600, 500, 0, true)
    }

    UpsTraps sender(String id, String keys) {
        new UpsTraps(alarms, id, ['--clientaddr=127.0.0.5', '-v', '3', '-l', 'authPriv', '-u', 'rekeyed-user', '-a', 'SHA',
                                  '-A', "auth-key-$keys".toString(), '-x', 'AES', '-X', "priv-key-$keys".toString()])
    }

    UpsTraps traps() {
        new UpsTraps(alarms, UPS, ["--clientaddr=$ADDRESS".toString(), '-v', '3', '-l', 'authPriv'] + OWN)
    }

    void clearOnBattery() {
        traps().clearOnBattery(receiver.port())
    }

    def awaitOpen(long ms) {
        traps().awaitOpen(ms)
    }
}

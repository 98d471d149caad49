package vn.dcim.snmp.poll

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.snmp4j.PDU
import org.snmp4j.smi.Null
import org.snmp4j.smi.OctetString
import org.snmp4j.smi.OID
import org.snmp4j.smi.TimeTicks
import org.snmp4j.smi.VariableBinding
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDevices
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.snmp.testing.HostileAgent

/**
 * An agent that does not answer is polled at a growing pause (its interval doubled at each failure, up to
 * dcim.snmp.max-backoff-s) instead of at full rate, its device shown unreachable all the while; its first
 * answer brings it back to its interval.
 */
@MicronautTest(transactional = false)
class BackoffSpec extends MariaDbSpec {
    @Shared volatile boolean answering
    @Shared @AutoCleanup HostileAgent agent = new HostileAgent({ PDU r -> answering ? answer(r) : null } as HostileAgent.Behaviour)

    @Inject MonitoredDevices devices
    @Inject SiteRepository sites
    @Inject LatestReadings latest
    @Inject SnmpPollingService polling

    @Override
    Map<String, String> extraProperties() { ['dcim.snmp.tick-ms': '100', 'dcim.snmp.device-refresh-ms': '100', 'dcim.snmp.max-backoff-s': '4'] }

    def "a silent agent is asked at a growing pause, shown unreachable, and at its interval again once it answers"() {
        given: 'a device polled every second whose agent does not answer (100 ms, no retry)'
        sites.save(new Site('backoff', 'Backoff site', null, null))
        long backingOffBefore = polling.guards().count(Guard.backing_off)
        devices.create('silent', {
            new MonitoredDevice('silent', 'backoff', null, 'Silent UPS', vn.dcim.core.device.Protocol.snmp, '127.0.0.1', agent.port, '2c',
                    'public', null, null, null, null, null, null, 1, 100, 0, true)
        }, {}, 'spec')

        when: 'nine seconds pass'
        sleep(9000)
        int asked = agent.received.size()

        then: 'it was asked at 0, 1, 3 and 7 s (at most one more for the ticks), not every second'
        asked >= 3 && asked <= 5
        value('silent') == 0d
        polling.devicesBackingOff() == 1
        polling.guards().count(Guard.backing_off) > backingOffBefore

        when: 'it answers again'
        answering = true

        then: 'it is reachable within the pause and polled at its interval from then on'
        new PollingConditions(timeout: 10, delay: 0.2).eventually {
            assert value('silent') == 1d
        }
        polling.devicesBackingOff() == 0
    }

    Double value(String device) {
        latest.ofDevice(device).find { it.metric() == 'device.reachable' }?.value()
    }

    /** A plain agent with nothing but its identity: GET answers it, GETNEXT and GETBULK find the end of its view. */
    static List<VariableBinding> answer(PDU request) {
        request.variableBindings.collect { VariableBinding vb ->
            if (request.type != PDU.GET) {
                return new VariableBinding(vb.oid, Null.endOfMibView)
            }
            switch (vb.oid.toString()) {
                case '1.3.6.1.2.1.1.1.0': return new VariableBinding(vb.oid, new OctetString('silent ups'))
                case '1.3.6.1.2.1.1.2.0': return new VariableBinding(vb.oid, new OID('1.3.6.1.4.1.99999'))
                case '1.3.6.1.2.1.1.3.0': return new VariableBinding(vb.oid, new TimeTicks(100))
                default: return new VariableBinding(vb.oid, Null.noSuchObject)
            }
        }
    }
}

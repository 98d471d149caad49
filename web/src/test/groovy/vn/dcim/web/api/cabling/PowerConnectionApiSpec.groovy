package vn.dcim.web.api.cabling

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared

import java.time.Instant
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.testing.DemoApiSpec

/**
 * Power ports plugged into PDU outlets, the PDUs being elements of the demo power chain
 * (UPS-01 → PDU A02-A, UPS-02 → PDU A02-B). Server 01 has one supply on each PDU, server 02 both on
 * PDU A02-A (no diverse power).
 */
@MicronautTest(transactional = false)
class PowerConnectionApiSpec extends DemoApiSpec {
    @Inject AssetRepository assets
    @Inject ReadingSink readings
    @Shared boolean plugged

    def setup() {
        if (!plugged) {
            def a = ports('DEMO-PDU-A02A')
            def b = ports('DEMO-PDU-A02B')
            def srv1 = ports('DEMO-SRV-01')
            def srv2 = ports('DEMO-SRV-02')
            plug(srv1.PSU1, a.'1')
            plug(srv1.PSU2, b.'1')
            plug(srv2.PSU1, a.'2')
            plug(srv2.PSU2, a.'3')
            plugged = true
        }
    }

    String token() { users.token(EnumSet.of(Role.maintenance)) }

    Map<String, Object> ports(String label) {
        long id = assets.findByLabelCode(label).orElseThrow().id()
        calls.get("/api/ports?assetId=$id", token()).json.collectEntries { [(it.display): it] }
    }

    void plug(Map powerPort, Map outlet) {
        assert calls.post('/api/cables', [aPortId: powerPort.id, bPortId: outlet.id, type: 'power_c13'], token()).status == 201
    }

    long node(String name) {
        calls.get('/api/power-chain?site=demo', token()).json.nodes.find { it.display == name }.id
    }

    def "the outage of #element: server 01 #one, server 02 #two"() {
        when:
        def outcomes = calls.get("/api/power-connections/outage/${node(element)}", token()).json
        def of = { String name -> outcomes.find { it.device.display == name }?.outcome }

        then:
        of('Máy chủ ảo hóa 01') == one
        of('Máy chủ ảo hóa 02') == two

        where:
        element     || one          | two
        'PDU A02-A' || 'one_feed'   | 'dark'
        'PDU A02-B' || 'one_feed'   | 'unaffected'
        'UPS-01'    || 'one_feed'   | 'dark'
        'UPS-02'    || 'one_feed'   | 'unaffected'
        'ATS-01'    || 'one_feed'   | 'on_battery'
        'PDU A01-A' || 'unaffected' | 'unaffected'
    }

    def "the outage answer names the supplies lost and kept"() {
        when:
        def srv1 = calls.get("/api/power-connections/outage/${node('PDU A02-A')}", token()).json
                .find { it.device.display == 'Máy chủ ảo hóa 01' }

        then:
        srv1.lostSupplies == ['PSU1 → PDU A02-A 1']
        srv1.keptSupplies == ['PSU2 → PDU A02-B 1']
    }

    def "the single-feed report lists the server whose two supplies share a PDU, not the one on two PDUs"() {
        when:
        def report = calls.get('/api/power-connections/single-feed?site=demo', token()).json

        then:
        report*.device*.display == ['Máy chủ ảo hóa 02']
        report[0].supplies == 2
        report[0].pdus == ['PDU A02-A']
        report[0].singlePoints*.display == ['PDU A02-A', 'UPS-01']
    }

    def "the rack budget sums the allocated draws of the connected power ports"() {
        given:
        def rack = assets.findByLabelCode('DEMO-SRV-01').orElseThrow()

        when:
        def budgets = calls.get("/api/power-connections/rack-budget?roomId=${rack.roomId()}", token()).json
        def a02 = budgets.find { it.rackId == rack.rackId() }

        then: 'two R750 with two supplies of 600 W allocated each; the SAN has no ports yet'
        a02.allocatedW == 2400
        a02.devices == 2
        a02.percentOfBudget == 40
    }

    def "if ATS-01 fails, server 02 stays up on UPS-01's battery for the runtime UPS-01 reports; server 01 keeps UPS-02's feed"() {
        given: 'UPS-01 reports 42 minutes of runtime'
        readings.record([new Reading(Instant.now(), 'ups-1', 'ups.battery.runtime', '0', 42, null, 'min')])

        when:
        def outcomes = calls.get("/api/power-connections/outage/${node('ATS-01')}", token()).json
        def srv1 = outcomes.find { it.device.display == 'Máy chủ ảo hóa 01' }
        def srv2 = outcomes.find { it.device.display == 'Máy chủ ảo hóa 02' }

        then:
        srv2.outcome == 'on_battery'
        srv2.batteryMinutes == 42
        !srv2.lostSupplies
        srv2.batterySupplies == ['PSU1 → PDU A02-A 2', 'PSU2 → PDU A02-A 3']
        srv1.outcome == 'one_feed'
        srv1.batteryMinutes == null
        srv1.batterySupplies == ['PSU1 → PDU A02-A 1']
        srv1.keptSupplies == ['PSU2 → PDU A02-B 1']
    }

    def "a server's own what-if lists the elements upstream of its supplies, those that darken it first"() {
        given:
        long srv2 = assets.findByLabelCode('DEMO-SRV-02').orElseThrow().id()
        long srv1 = assets.findByLabelCode('DEMO-SRV-01').orElseThrow().id()

        when:
        def two = calls.get("/api/power-connections/assets/$srv2/what-if", token()).json
        def one = calls.get("/api/power-connections/assets/$srv1/what-if", token()).json

        then: 'both supplies of server 02 hang on PDU A02-A and UPS-01; the generator covers the grid feed'
        two.collect { it.element.display + ':' + it.outcome } == ['PDU A02-A:dark', 'UPS-01:dark', 'ATS-01:on_battery',
                                                                  'MPĐ-01:unaffected', 'Lưới điện 1 (EVN lộ 471):unaffected']

        and: 'no single failure darkens server 01'
        one*.outcome.every { it in ['one_feed', 'unaffected'] }
        one.findAll { it.outcome == 'one_feed' }*.element*.display as Set == ['PDU A02-A', 'PDU A02-B', 'UPS-01', 'UPS-02', 'ATS-01'] as Set
    }

    def "the what-if of #what answers #status"() {
        expect:
        calls.get("/api/power-connections/assets/$id/what-if", token()).status == status

        where:
        what                    | id         || status
        'an asset that is none' | 987654321  || 404
        'a word for an id'      | 'abc'      || 422
    }

    def "measured beside allocated: the outlets' power readings of PDU A02-A are summed for the rack, outlet by outlet, an outlet reporting only its current estimated"() {
        given: 'PDU A02-A reports the power of outlets 1 and 2, only the current of outlet 3 and no voltage; PDU A02-B reports nothing; outlet 9 is plugged into nothing'
        def rack = assets.findByLabelCode('DEMO-SRV-01').orElseThrow()
        readings.record([new Reading(Instant.now(), 'pdu-a02-a', 'pdu.outlet.power', '1', 180, null, 'W'),
                         new Reading(Instant.now(), 'pdu-a02-a', 'pdu.outlet.power', '2', 0.21, null, 'kW'),
                         new Reading(Instant.now(), 'pdu-a02-a', 'pdu.outlet.power', '9', 999, null, 'W'),
                         new Reading(Instant.now(), 'pdu-a02-a', 'pdu.outlet.current', '3', 1.5, null, 'A')])

        when:
        def a02 = calls.get("/api/power-connections/rack-budget?roomId=${rack.roomId()}", token()).json.find { it.rackId == rack.rackId() }
        def a01 = calls.get("/api/power-connections/rack-budget?roomId=${rack.roomId()}", token()).json.find { it.rackId != rack.rackId() }

        then: 'outlet 3 counts 1.5 A x the nominal 230 V = 345 W, and the sum says it is estimated'
        a02.allocatedW == 2400
        a02.connectedOutlets == 4
        a02.measuredOutlets == 3
        a02.measuredW == 180 + 210 + 345
        a02.measuredAt != null
        a02.estimated
        a02.estimatedOutlets == 1
        a02.nominalVoltageOutlets == 1

        and: 'a rack with nothing plugged in measures nothing'
        a01.measuredW == null
        a01.connectedOutlets == 0
        !a01.estimated

        when: 'the rack screen'
        def screen = calls.get("/ui/racks/${rack.rackId()}", token())

        then: 'shows the measured beside the allocated, marked estimated'
        screen.status == 200
        screen.missing('id="rack-allocated"', '2400 W', '735 W', 'id="rack-estimated"') == []

        when: 'the PDU then reports the voltage of outlet 3'
        readings.record([new Reading(Instant.now(), 'pdu-a02-a', 'pdu.outlet.voltage', '3', 220, null, 'V')])
        def again = calls.get("/api/power-connections/rack-budget?roomId=${rack.roomId()}", token()).json.find { it.rackId == rack.rackId() }

        then: 'its draw is 1.5 A x 220 V, still estimated, no longer at the nominal voltage'
        again.measuredW == 180 + 210 + 330
        again.estimatedOutlets == 1
        again.nominalVoltageOutlets == 0
    }
}

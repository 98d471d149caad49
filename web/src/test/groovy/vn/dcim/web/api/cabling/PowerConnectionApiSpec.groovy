package vn.dcim.web.api.cabling

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/**
 * Issue 37 §2: power ports plugged into PDU outlets, the PDUs being elements of the demo power chain
 * (UPS-01 → PDU A02-A, UPS-02 → PDU A02-B). Server 01 has one supply on each PDU, server 02 both on
 * PDU A02-A (no diverse power).
 */
@MicronautTest(transactional = false)
class PowerConnectionApiSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject AssetRepository assets
    @Shared Calls calls
    @Shared boolean plugged

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    def setup() {
        calls = new Calls(server.URL)
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
        assert calls.post('/api/ports/from-template', [assetId: id], token()).status == 201
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
}

package vn.dcim.web.i18n

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.device.MonitoredDevices
import vn.dcim.core.cabling.Cable
import vn.dcim.core.cabling.CableType
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.cabling.NewCable
import vn.dcim.core.cabling.Port
import vn.dcim.core.cabling.PortKind
import vn.dcim.core.cabling.PortRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/**
 * What the alarm rules and cabling screens show as codes elsewhere, in words of the reader's
 * language: whether a rule's alarm latches (ISA-18.2: a non-latching one closes when it clears), a cable's and a
 * port's type (cat6, 1000base-t).
 */
@MicronautTest(transactional = false)
class ScreenWordsSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject AssetRepository assets
    @Inject PortRepository ports
    @Inject Cabling cabling
    @Inject AlarmRaiser raiser
    @Inject MonitoredDevices devices

    @Override
    // the demo's devices, not polled: on a loaded machine a poll of the UPS that timed out made "unreachable" its root
    // alarm, and the alarm raised below waited under it, off the console
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.snmp.enabled': 'false'] }

    String page(String uri, String lang) {
        def answer = new Calls(server.URL).get(uri, users.adminToken(), [Accept: 'text/html,*/*;q=0.8', Cookie: "lang=$lang"])
        assert answer.status == 200: "$uri answered ${answer.status}"
        answer.text
    }

    /** The text of one cell of a rule's row on the rules screen. */
    static String latchingOf(String html, String rule) {
        String row = (html =~ /(?s)<tr id="rule-${rule}".*?<\/tr>/)[0]
        ((row =~ /(?s)<td class="latching"[^>]*>(.*?)<\/td>/)[0] as List)[1]
    }

    def "the rules screen says in #lang that #rule's alarm is #shown"() {
        when:
        String html = page('/ui/alarms/rules', lang)

        then:
        latchingOf(html, rule) == shown

        where:
        lang | rule                | shown
        'vi' | 'generator-running' | 'không chốt: tự đóng khi hết'
        'vi' | 'ups-battery-low'   | 'có chốt: chờ người xác nhận'
        'en' | 'generator-running' | 'non-latching: closes when it clears'
        'en' | 'ups-battery-low'   | 'latching: waits for acknowledgement'
    }

    def "the cabling screens name a cable's and a port's type in #lang, never as its code"() {
        given: 'two demo assets joined by a Cat 6 cable on copper gigabit ports'
        def (a, b) = assets.findAllOrderById().take(2)*.id()
        Port near = ports.save(new Port(null, a, "eth-$lang", PortKind.interface_, '1000base-t', 1, null, null, null, null))
        Port far = ports.save(new Port(null, b, "eth-$lang", PortKind.interface_, '1000base-t', 1, null, null, null, null))
        Cable cable = cabling.connect(near.id(), far.id(), new NewCable("W-$lang", CableType.cat6, null, null), 'admin')

        when:
        String list = page("/ui/cabling?assetId=$a", lang)
        String trace = page("/ui/cabling/trace/${near.id()}", lang)

        then:
        list.contains(">$portType<")
        list.contains("${cable.display()} · $cableType")
        trace.contains(cableType)
        !list.contains('· cat6<') && !trace.contains('>cat6<')

        where:
        lang | cableType           | portType
        'vi' | 'Cáp đồng Cat 6'    | 'Cổng Ethernet đồng 1 Gb/s (1000BASE-T)'
        'en' | 'Cat 6 copper cable' | 'Copper Ethernet 1 Gb/s (1000BASE-T)'
    }

    def "the alarm console names the equipment and the row of its table in #lang ('#row'), never as 'ups-1 [1]'"() {
        given: 'an alarm of the demo UPS on the first row of its battery table'
        raiser.raise(new AlarmSignal('ups-1', 'ups-on-battery', '1', Severity.major, 'Art. 6.4', 'Art. 6.4: UPS output on battery (grid lost)'))
        String name = devices.get('ups-1').name()

        when:
        String html = page('/ui/alarms', lang)
        // the UPS may have other alarms on the console (the demo's own, one raised without a row): the one raised here is among them
        List<String> cells = (html =~ /(?s)<td class="source" data-source="ups-1">(.*?)<\/td>/).collect { (it as List)[1] as String }

        then:
        cells.contains("$name $row".toString())
        !html.contains('ups-1 [1]')

        where:
        lang | row
        'vi' | '(số 1)'
        'en' | '(no. 1)'
    }
}

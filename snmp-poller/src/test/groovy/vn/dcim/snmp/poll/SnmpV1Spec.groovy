package vn.dcim.snmp.poll

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.Snmpsim

/**
 * SNMPv1 answers a GET naming one object the agent lacks with noSuchName for the whole PDU. Profiles
 * that list a family's objects model by model (AVTECH) ask for many such objects, so the poller must
 * drop the one the agent names and ask again for the rest instead of losing the whole request.
 */
class SnmpV1Spec extends Specification {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([SharedData.devices().resolve('avtech_roomalert32s.snmprec')])
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()

    def "an SNMPv1 agent lacking most of a profile's objects still gives the ones it has (#metric #instance = #expected)"() {
        when:
        def r = new DevicePoller(client, ProfileCatalog.load())
                .poll(new AgentAddress('127.0.0.1', sim.port, '1', 'avtech_roomalert32s', null, null, null, null, null, 3000, 1), null).get()
        def reading = r.values().find { it.metric() == metric && it.instance() == instance }

        then:
        r.profiles().contains('avtech-roomalert')
        reading != null
        Math.abs(reading.value() - expected) < 0.001

        where:
        metric            | instance   || expected
        'env.temperature' | 'internal' || 20.8
        'env.humidity'    | 'ext3'     || 30.32
        'env.temperature' | 'ext8'     || -15.13
        'env.contact'     | '16'       || 0
    }
}

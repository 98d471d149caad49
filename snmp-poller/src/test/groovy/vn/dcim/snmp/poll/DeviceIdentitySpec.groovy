package vn.dcim.snmp.poll

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.Snmpsim

/**
 * The poller identifies an agent once and afterwards asks for its identity together with the
 * profile's objects. Polls after the first must read exactly what a first poll reads, and a device
 * swapped at the same address (same host, port and community) must be identified again, never read
 * with the old device's profiles.
 */
class DeviceIdentitySpec extends Specification {
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()

    def "a device polled again reads what a first poll reads"() {
        given:
        def sim = Snmpsim.serve([SharedData.devices().resolve('apc_smart1500.snmprec')])
        def agent = AgentAddress.v2c('127.0.0.1', sim.port, 'apc_smart1500')
        def poller = new DevicePoller(client, ProfileCatalog.load())

        when:
        def first = poller.poll(agent, null).get()
        def second = poller.poll(agent, null).get()

        then:
        !first.values().isEmpty()
        second.profiles() == first.profiles()
        second.sysObjectId() == first.sysObjectId()
        second.values().collect { [it.metric(), it.instance(), it.value()] } as Set == first.values().collect { [it.metric(), it.instance(), it.value()] } as Set

        cleanup:
        sim?.close()
    }

    def "another device answering at the same address is identified again"() {
        given: 'an APC UPS answers at an address'
        def apc = Snmpsim.serve([device: SharedData.devices().resolve('apc_smart1500.snmprec')], 0)
        int port = apc.port
        def agent = AgentAddress.v2c('127.0.0.1', port, 'device')
        def poller = new DevicePoller(client, ProfileCatalog.load())
        def before = poller.poll(agent, null).get()

        when: 'it is replaced by an Eaton UPS with the same address and community'
        apc.close()
        def eaton = Snmpsim.serve([device: SharedData.devices().resolve('eatonups.snmprec')], port)
        def after = poller.poll(agent, null).get()
        def fresh = new DevicePoller(client, ProfileCatalog.load()).poll(agent, null).get()

        then: 'the poll reads it as a fresh poller would, with the Eaton profiles'
        after.sysObjectId() != before.sysObjectId()
        after.profiles() != before.profiles()
        after.profiles() == fresh.profiles()
        after.values().collect { [it.metric(), it.instance(), it.value()] } as Set == fresh.values().collect { [it.metric(), it.instance(), it.value()] } as Set

        cleanup:
        eaton?.close()
    }
}

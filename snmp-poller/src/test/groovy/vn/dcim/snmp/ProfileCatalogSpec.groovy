package vn.dcim.snmp

import spock.lang.Specification
import vn.dcim.snmp.profile.MetricKind
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.profile.ProfileException
import vn.dcim.snmp.profile.ProfileReader

class ProfileCatalogSpec extends Specification {

    def "every shipped profile loads, has a unique name, and every state metric names its states"() {
        when:
        def profiles = ProfileCatalog.load().all()

        then:
        profiles.size() >= 20
        profiles*.name().toSet().size() == profiles.size()
        profiles.every { p -> p.metrics().every { it.kind() != MetricKind.state || !it.states().isEmpty() } }
        ['ups-mib', 'apc-powernet-ups', 'eaton-xups', 'liebert-environmental', 'himoinsa-genset', 'entity-sensor',
         'akcp-sensorprobe', 'axis-camera', 'system'].every { n -> profiles*.name().contains(n) }
    }

    def "a broken profile is refused naming what is wrong: #problem"() {
        when:
        ProfileReader.read('bad.yaml', new ByteArrayInputStream(yaml.bytes))

        then:
        def e = thrown(ProfileException)
        e.message.contains(problem)

        where:
        yaml                                                                                              || problem
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, colour: red}]'            || "unknown key 'colour'"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, column: 1.3.6.1}]'         || 'exactly one'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: sysDescr}]'                           || 'not an OID'
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, kind: state}]'             || "needs 'states'"
        'name: x\nmatch: {}\nmetrics: [{name: a, oid: 1.3.6.1.0}]'                                        || "'match' needs"
        'name: x\nmatch: {probe: [1.3.6]}\nmetrics: [{name: a, oid: 1.3.6.1.0, divisor: 0}]'              || 'divisor 0'
    }
}

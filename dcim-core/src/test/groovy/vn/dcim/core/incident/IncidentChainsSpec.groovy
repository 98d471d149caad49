package vn.dcim.core.incident

import spock.lang.Specification
import vn.dcim.core.alarm.AlarmRules

class IncidentChainsSpec extends Specification {

    def "every rule a chain names exists, so a renamed rule cannot silently leave its chain"() {
        given: 'the rules, and the duties\' own: device-stale, the site\'s grid-lost'
        def ruleIds = AlarmRules.parseDefaults()*.id() + ['device-stale', 'grid-lost']

        expect:
        IncidentChains.load(IncidentChains.RESOURCE).every { chain ->
            ruleIds.containsAll(chain.rules()) && chain.especiallySeriousWhen().every { ruleIds.containsAll(it) }
        }
    }

    def "every rule named as only lost contact exists"() {
        given:
        def ruleIds = AlarmRules.parseDefaults()*.id() + ['device-stale']

        expect:
        !IncidentChains.lostContact(IncidentChains.RESOURCE).isEmpty()
        ruleIds.containsAll(IncidentChains.lostContact(IncidentChains.RESOURCE))
    }

    def "the power chain is especially serious only when #rules together"() {
        given:
        def power = IncidentChains.load(IncidentChains.RESOURCE).find { it.id() == 'power' }

        expect:
        power.haltsTheCenter(rules) == halts

        where:
        rules                                              || halts
        ['grid-input-lost', 'ups-on-battery']              || false
        ['ups-battery-low']                                || false
        ['ups-battery-low', 'generator-fault']             || true
        ['ups-runtime-low', 'generator-fault', 'ups-on-battery'] || true
        ['ups-battery-low', 'generator-fuel-low']          || true
    }
}

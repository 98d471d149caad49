package vn.dcim.web.teach

import spock.lang.Specification

/**
 * The metric offered on the teach screen for a value, from its name and its type: a number by its name, a
 * true/false or on/off value as a state (a relay's POWER ON is not watts).
 */
class MetricGuessSpec extends Specification {
    def "a #type named #path is offered #offered"() {
        expect:
        MetricGuess.of(path, type) == offered

        where:
        path                | type      || offered
        'ENERGY.Power'      | 'number'  || 'pdu.outlet.power'
        'POWER'             | 'number'  || 'pdu.outlet.power'
        'POWER'             | 'boolean' || 'pdu.outlet.state'
        'relay/0'           | 'boolean' || null
        'temperature/state' | 'number'  || 'env.temperature'
        'temperature_alarm' | 'boolean' || null
        'water_leak'        | 'boolean' || 'env.leak'
        'contact'           | 'boolean' || 'door.state'
    }
}

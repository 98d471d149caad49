package vn.dcim.mqtt.dialect

import spock.lang.Specification

/**
 * $objects: every object nested in a message, in document order, with its key, depth and the object holding
 * it; arrays not entered; bounded in depth and number so a hostile message costs a bounded walk.
 */
class NestedObjectsSpec extends Specification {
    def "#what"() {
        expect:
        NestedObjects.of(value).collect { [it.key, it.depth] } == found

        where:
        what                                   | value                                                                     || found
        'a Tasmota SENSOR'                     | [Time: 't', AM2301: [Temperature: 1], ENERGY: [Power: 2], TempUnit: 'C'] || [['AM2301', 0], ['ENERGY', 0]]
        'a Zigbee device one level down'       | [ZbReceived: ['0x8A3C': [Name: 'rack', Temperature: 2]]]                  || [['ZbReceived', 0], ['0x8A3C', 1]]
        'objects in arrays are not entered'    | [list: [[Temperature: 1]], x: 3]                                          || []
        'not an object'                        | 'text'                                                                    || []
        'nested deeper than 8 levels: cut'     | nest(12)                                                                  || (0..7).collect { ['k', it] }
    }

    def "the object holding each one is given, so a unit declared beside a sensor applies to it"() {
        given:
        def sns = [AM2301: [Temperature: 75.2], TempUnit: 'F']

        expect:
        NestedObjects.of([StatusSNS: sns])[1].container.is(sns)
    }

    def "at most #max objects"() {
        given:
        def wide = (1..2000).collectEntries { ["s$it".toString(), [Temperature: it]] }

        expect:
        NestedObjects.of(wide).size() == max

        where:
        max = NestedObjects.MAX_OBJECTS
    }

    static Map nest(int levels) {
        Map m = [Temperature: 1]
        levels.times { m = [k: m] }
        m
    }
}

package vn.dcim.web.ui.rack

import spock.lang.Specification

/** The colours of the floor plan: ASHRAE's recommended inlet range, and the share of a rack's power budget. */
class HeatSpec extends Specification {

    def "an inlet at #celsius °C is #colour"() {
        expect:
        Heat.ofInlet(celsius) == colour

        where:
        celsius || colour
        null    || 'heat-unknown'
        16.0    || 'heat-cold'
        18.0    || 'heat-ok'
        24.0    || 'heat-ok'
        24.1    || 'heat-warm'
        27.0    || 'heat-warm'
        30.0    || 'heat-hot'
        32.5    || 'heat-over'
    }

    def "a rack drawing #percent % of its budget is #colour"() {
        expect:
        Heat.ofPowerShare(percent) == colour

        where:
        percent || colour
        null    || 'heat-unknown'
        0.0     || 'heat-ok'
        59.9    || 'heat-ok'
        60.0    || 'heat-warm'
        80.0    || 'heat-hot'
        100.0   || 'heat-hot'
        100.1   || 'heat-over'
    }
}

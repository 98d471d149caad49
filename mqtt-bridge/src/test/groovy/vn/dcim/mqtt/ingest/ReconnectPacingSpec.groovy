package vn.dcim.mqtt.ingest

import spock.lang.Specification

import java.time.Duration

class ReconnectPacingSpec extends Specification {

    def "after connections that lived #lived s, the bridge waits #waits s before each next attempt"() {
        given:
        def pacing = new ReconnectPacing()

        expect:
        lived.collect { pacing.afterLoss(Duration.ofSeconds(it)).toSeconds() } == waits

        where:
        lived                        || waits
        [3600]                       || [0]
        [0]                          || [1]
        [0, 0, 0, 0]                 || [1, 2, 4, 8]
        [1, 1, 1, 1, 1, 1, 1, 1, 1]  || [1, 2, 4, 8, 16, 32, 60, 60, 60]
        [0, 0, 59, 60, 0]            || [1, 2, 4, 0, 1]
    }

    def "a long flapping run never overflows the wait"() {
        given:
        def pacing = new ReconnectPacing()

        when:
        def last = (1..200).collect { pacing.afterLoss(Duration.ZERO) }.last()

        then:
        last == ReconnectPacing.LONGEST_WAIT
        pacing.shortInARow() == 200
    }
}

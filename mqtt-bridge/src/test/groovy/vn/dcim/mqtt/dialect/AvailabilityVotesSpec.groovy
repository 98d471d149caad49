package vn.dcim.mqtt.dialect

import spock.lang.Specification

/**
 * A device told available on several topics is judged as Home Assistant's availability_mode says; the words kept
 * are bounded: a group beyond the bound is judged by its member's own word and counted.
 */
class AvailabilityVotesSpec extends Specification {

    def "#mode over two topics: #words gives #verdicts"() {
        given:
        def votes = new AvailabilityVotes(10)

        when:
        def out = words.collect { member, word ->
            votes.judge('home-assistant', 'ups-1', [group: 'ups-1/availability', mode: mode, of: 2, member: member], word)
        }

        then:
        out == verdicts

        where:
        mode     | words                                                            || verdicts
        'all'    | [['a', 'online'], ['b', 'online']]                               || ['offline', 'online']
        'all'    | [['a', 'online'], ['b', 'online'], ['a', 'offline']]            || ['offline', 'online', 'offline']
        'any'    | [['a', 'offline'], ['b', 'online'], ['b', 'offline']]           || ['offline', 'online', 'offline']
        'any'    | [['a', 'online'], ['b', 'offline']]                              || ['online', 'online']
        'latest' | [['a', 'online'], ['b', 'offline'], ['a', 'online']]            || ['online', 'offline', 'online']
    }

    def "devices are judged apart"() {
        given:
        def votes = new AvailabilityVotes(10)
        def how = [group: 'g', mode: 'all', of: 1, member: 'a']

        expect:
        votes.judge('home-assistant', 'ups-1', how, 'online') == 'online'
        votes.judge('home-assistant', 'ups-2', how, 'offline') == 'offline'
        votes.judge('home-assistant', 'ups-1', how, 'online') == 'online'
    }

    def "beyond the bound a group is judged by its member's word, counted"() {
        given:
        def votes = new AvailabilityVotes(2)
        def how = { String g -> [group: g, mode: 'all', of: 2, member: 'a'] }

        when:
        votes.judge('d', 's', how('g1'), 'online')
        votes.judge('d', 's', how('g2'), 'online')
        def third = votes.judge('d', 's', how('g3'), 'online')

        then:
        third == 'online'
        votes.dropped() == 1
        votes.judge('d', 's', how('g1'), 'online') == 'offline'
    }
}

package vn.dcim.core.suppression

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.AlarmView
import spock.util.concurrent.PollingConditions

import java.time.Duration
import java.time.Instant

/**
 * Art. 30.8g, suppression/symptoms.yml {@code through: self}: a device's own drop is one root on the console,
 * what it can no longer tell or show (video, recording, fresh data) its symptoms, in whichever order they come.
 * The default grace (300 s) is the window in which an earlier alarm is taken under the root.
 */
@MicronautTest(transactional = false)
class DeviceDropSpec extends SuppressionSpec {

    @Override
    Map<String, String> extraProperties() {
        // the product's default on-delay for an alarm waiting for its cause
        ['dcim.alarm.console-settle-s': '5']
    }

    List<AlarmView> console() {
        alarms.list(new AlarmFilter(AlarmFilter.CONSOLE, null, null, null, s.site), 100, 0)
    }

    def "a camera's drop told as #order is one console row, #root, holding the rest"() {
        when:
        order.each { raise('cam-1', it) }

        then:
        def rows = console()
        rows*.ruleId() == [root]
        alarms.symptomsOf(rows[0].id())*.ruleId() as Set == (order - root) as Set

        and: 'the root is notified; nothing under it is, what came before it (held back, waiting for its cause) included'
        s.planned(rows[0].id()) == 1
        (order - root).every { r -> s.planned(alarms.list(new AlarmFilter('active', s.dev('cam-1'), r, null, null), 1, 0)[0].id()) == 0 }

        when: 'the held alarms are looked at after the wait, the camera still gone'
        release.run(Instant.now() + Duration.ofMinutes(5))

        then: 'still nothing but the root'
        (order - root).every { r -> s.planned(alarms.list(new AlarmFilter('active', s.dev('cam-1'), r, null, null), 1, 0)[0].id()) == 0 }

        where:
        order                                                          || root
        ['camera-video-loss', 'device-unreachable', 'camera-offline']  || 'device-unreachable'  // the demo's order: event, then the broker's will
        ['device-unreachable', 'camera-offline', 'camera-video-loss']  || 'device-unreachable'
        ['camera-offline', 'camera-video-loss', 'camera-not-recording'] || 'camera-offline'      // a camera that only says online/offline
        ['camera-video-loss', 'camera-offline']                        || 'camera-offline'
        ['camera-offline', 'device-unreachable', 'camera-video-loss']  || 'camera-offline'      // the broker's will first, the poll after
    }

    def "a video loss whose camera never drops joins the console after its settle and is notified once, after the cause wait"() {
        given:
        def lost = raise('cam-1', 'camera-video-loss')

        expect: 'held back from notification, and off the console while its camera may still be told gone (5 s)'
        lost.suppressed()
        s.planned(lost.id()) == 0
        console().isEmpty()
        alarms.untilOnConsole(lost).get() > Duration.ofSeconds(4)

        and: 'a row of its own once the settle passed'
        new PollingConditions(timeout: 15, delay: 0.2).eventually { assert console()*.id() == [lost.id()] }
        alarms.untilOnConsole(alarms.find(lost.id()).get()).isEmpty()

        when: 'half the wait (60 s) passed'
        release.run(lost.raisedAt() + Duration.ofSeconds(30))

        then:
        s.planned(lost.id()) == 0

        when: 'the wait passed without the drop'
        release.run(lost.raisedAt() + Duration.ofSeconds(61))
        release.run(lost.raisedAt() + Duration.ofSeconds(90))

        then: 'notified once, standing alone'
        s.planned(lost.id()) == 1
        !alarms.find(lost.id()).get().suppressed()
    }

    def "a device's unreachable holds its stale, #first first"() {
        when:
        ([first] + (['device-unreachable', 'device-stale'] - first)).each { raise('srv-1', it) }

        then:
        console()*.ruleId() == ['device-unreachable']
        alarms.symptomsOf(console()[0].id())*.ruleId() == ['device-stale']

        where:
        first << ['device-unreachable', 'device-stale']
    }

    def "camera #offline offline holds the video loss of camera #lost: #held"() {
        given: 'an NVR whose channels are its cameras'
        raise('cam-1', 'camera-video-loss', lost)

        when:
        def root = raise('cam-1', 'camera-offline', offline)

        then: 'the offline is a row at once; a video loss it does not hold joins it once its settle passed'
        (alarms.symptomsOf(root.id())*.instance() == [lost]) == held
        console()*.id() == [root.id()]
        new PollingConditions(timeout: 15, delay: 0.2).eventually { assert console().size() == (held ? 1 : 2) }

        where:
        offline | lost || held
        '3'     | '3'  || true
        '3'     | '4'  || false
        '0'     | '4'  || true   // the whole device offline: every channel
    }

    def "camera #offline offline first: a later video loss of camera #lost is held under it: #held"() {
        given: 'the NVR tells a channel (or the whole device) offline first'
        def root = raise('cam-1', 'camera-offline', offline)

        when: 'a video loss comes after it'
        def lossAfter = raise('cam-1', 'camera-video-loss', lost)

        then: 'only the same channel or the whole device explains it'
        (alarms.symptomsOf(root.id())*.id() == [lossAfter.id()]) == held
        (alarms.find(lossAfter.id()).get().rootAlarmId() == root.id()) == held

        where:
        offline | lost || held
        '3'     | '3'  || true
        '3'     | '4'  || false
        '0'     | '4'  || true   // the whole device offline: every channel
    }

    def "an alarm the drop does not explain stays its own row: a tamper is not the camera going away"() {
        when:
        raise('cam-1', 'camera-tamper')
        raise('cam-1', 'device-unreachable')

        then:
        console()*.ruleId() as Set == ['camera-tamper', 'device-unreachable'] as Set
    }
}

package vn.dcim.core.suppression

import spock.lang.Specification

import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneId

/** A window's occurrences follow its RRULE in the zone it was made in. */
class RecurrencesSpec extends Specification {
    static final ZoneId HCM = ZoneId.of('Asia/Ho_Chi_Minh')
    static final ZoneId BERLIN = ZoneId.of('Europe/Berlin')

    static Instant local(String at, ZoneId zone) {
        LocalDateTime.parse(at).atZone(zone).toInstant()
    }

    /** The generator's test run: every Tuesday 09:00-10:00 in the center's zone, first on Tuesday 24/11/2026. */
    static MaintenanceWindow tuesdays(ZoneId zone, Instant endedAt = null) {
        new MaintenanceWindow(1L, TargetKind.device, 'gen-1', local('2026-11-24T09:00', zone), local('2026-11-24T10:00', zone),
                'FREQ=WEEKLY;BYDAY=TU', zone.id, 'weekly generator test run', 'sup', null, endedAt)
    }

    def "a weekly Tuesday window in Asia/Ho_Chi_Minh #covers #at (local)"() {
        expect:
        Recurrences.covering(tuesdays(HCM), local(at, HCM), HCM).isPresent() == covered

        where:
        at                  || covered
        '2026-11-24T09:00'  || true
        '2026-11-24T09:59'  || true
        '2026-11-24T10:00'  || false
        '2026-12-01T09:30'  || true
        '2026-12-02T09:30'  || false
        '2026-12-01T08:59'  || false
        '2027-06-29T09:15'  || true
        '2026-11-17T09:30'  || false
        covers = covered ? 'covers' : 'does not cover'
    }

    def "in Europe/Berlin the occurrence stays at 09:00 local across the DST change (#at)"() {
        given: 'made in winter time (UTC+1); on 28/03/2027 Berlin moves to summer time (UTC+2)'
        def w = tuesdays(BERLIN)

        expect:
        Recurrences.covering(w, local(at, BERLIN), HCM).isPresent() == covered

        where:
        at                  || covered
        '2027-03-23T09:30'  || true
        '2027-03-30T09:30'  || true
        '2027-03-30T08:30'  || false
        '2027-03-30T10:15'  || false
    }

    def "the occurrences of a month are listed in order and each lasts as the first"() {
        when:
        def list = Recurrences.between(tuesdays(HCM), local('2026-12-01T00:00', HCM), local('2027-01-01T00:00', HCM), HCM)

        then:
        list*.startsAt() == ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'].collect { local(it + 'T09:00', HCM) }
        list.every { java.time.Duration.between(it.startsAt(), it.endsAt()).toMinutes() == 60 }
    }

    def "a window ended early covers nothing from its end"() {
        given:
        def ended = tuesdays(HCM, local('2026-12-01T09:20', HCM))

        expect:
        Recurrences.covering(ended, local('2026-12-01T09:10', HCM), HCM).isPresent()
        !Recurrences.covering(ended, local('2026-12-01T09:30', HCM), HCM).isPresent()
        !Recurrences.covering(ended, local('2026-12-08T09:30', HCM), HCM).isPresent()
    }

    def "'#rrule' is #verdict as an RRULE"() {
        expect:
        Recurrences.problem(rrule).isEmpty() == usable

        where:
        rrule                                  || usable
        'FREQ=WEEKLY;BYDAY=TU'                 || true
        'RRULE:FREQ=MONTHLY;BYMONTHDAY=1'      || true
        'FREQ=DAILY;COUNT=5'                   || true
        'FREQ=FORTNIGHTLY'                     || false
        'BYDAY=TU'                             || false
        'every tuesday'                        || false
        verdict = usable ? 'usable' : 'refused'
    }
}

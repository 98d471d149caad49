package vn.dcim.core.roster

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId

/** The roster's week (Art. 36.3): the center's days, Monday to Sunday, cut into shifts and the gaps nobody covers. */
@MicronautTest(transactional = false)
class DutyRosterWeekSpec extends MariaDbSpec {
    static final ZoneId CENTER = ZoneId.of('Asia/Ho_Chi_Minh')
    // a Thursday, years ahead of any other spec's shift
    static final LocalDate DAY = LocalDate.parse('2027-03-11')

    @Inject DutyRoster roster

    @Override
    Map<String, String> extraProperties() { ['dcim.time-zone': CENTER.id] }

    def "#day is cut into #expected"() {
        given: 'a morning shift and a night shift on the Thursday, in the center time'
        twoShifts()

        when:
        def week = roster.week(day)

        then: 'Monday to Sunday, whatever day was asked for'
        week*.day() == (0..6).collect { LocalDate.parse('2027-03-08').plusDays(it) }

        and:
        week.find { it.day() == day }.stretches().collect { s ->
            "${s.from().atZone(CENTER).toLocalTime()}-${s.to().atZone(CENTER).toLocalTime()} ${s.gap() ? 'gap' : s.shift().operator()}".toString()
        } == expected

        where:
        day              || expected
        DAY              || ['00:00-06:00 gap', '06:00-14:00 tran-van-a', '14:00-18:00 gap', '18:00-00:00 le-thi-b']
        DAY.plusDays(1)  || ['00:00-02:00 le-thi-b', '02:00-00:00 gap']
        DAY.minusDays(1) || ['00:00-00:00 gap']
    }

    def "who is on duty at #time: #who"() {
        given:
        twoShifts()

        expect:
        roster.onDuty(at(day, time))*.operator() == who

        where:
        day             | time    || who
        DAY             | '06:00' || ['tran-van-a']
        DAY             | '13:59' || ['tran-van-a']
        DAY             | '14:00' || []
        DAY.plusDays(1) | '01:30' || ['le-thi-b']
    }

    def "a shift without a person on duty is refused"() {
        when:
        roster.add(at(DAY, '20:00'), at(DAY, '22:00'), operator, null, 'spec')

        then:
        def e = thrown(InvalidInputException)
        e.field() == 'operator'

        where:
        operator << [null, '', '   ']
    }

    /** Once per spec: tran-van-a 06:00-14:00 and le-thi-b 18:00-02:00 the next day. */
    void twoShifts() {
        if (roster.between(at(DAY, '00:00'), at(DAY.plusDays(2), '00:00')).isEmpty()) {
            roster.add(at(DAY, '06:00'), at(DAY, '14:00'), 'tran-van-a', null, 'spec')
            roster.add(at(DAY, '18:00'), at(DAY.plusDays(1), '02:00'), 'le-thi-b', null, 'spec')
        }
    }

    static Instant at(LocalDate day, String time) {
        day.atTime(LocalTime.parse(time)).atZone(CENTER).toInstant()
    }
}

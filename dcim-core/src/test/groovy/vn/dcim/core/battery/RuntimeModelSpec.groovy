package vn.dcim.core.battery

import spock.lang.Specification

import java.time.Instant

class RuntimeModelSpec extends Specification {

    def "#seconds s on battery from #from % to #to % extrapolates to #minutes min on a full charge"() {
        expect:
        RuntimeModel.fullChargeMinutes(seconds, from, to, 2) == minutes

        where:
        seconds | from | to  || minutes
        120     | 100  | 90  || 20.0d
        60      | 80   | 75  || 20.0d
        600     | 100  | 50  || 20.0d
        120     | 100  | 99  || null       // a point's drop is within the rounding of whole percent
        0       | 100  | 90  || null
        120     | 90   | 95  || null       // charging, not a discharge
    }

    def "a runtime at #load % load is #atRef min at the reference 50 % (Peukert k = 1.2), and back"() {
        expect:
        Math.abs(RuntimeModel.atReferenceLoad(minutes, load, 50, 1.2) - atRef) < 0.01
        Math.abs(RuntimeModel.atLoad(atRef, load, 50, 1.2) - minutes) < 0.01

        where:
        minutes | load || atRef
        20      | 50   || 20
        20      | 100  || 45.95
        20      | 25   || 8.706
    }

    def "the health line falls to the end of life where the points say"() {
        given: 'health 1.0 on day 0, 0.9 on day 100, 0.85 on day 150'
        Instant t0 = Instant.parse('2026-01-01T00:00:00Z')
        def line = RuntimeModel.fit([t0, t0.plusSeconds(100 * 86400), t0.plusSeconds(150 * 86400)], [1.0d, 0.9d, 0.85d])

        expect:
        Math.abs(line.slopePerDay() + 0.001) < 1e-9
        line.reaches(0.8) == t0.plusSeconds(200 * 86400)
        RuntimeModel.fit([t0, t0.plusSeconds(86400)], [0.9d, 0.95d]).reaches(0.8) == null
        RuntimeModel.fit([t0], [0.9d]) == null
    }

    def "a healthy battery whose line falls by a hair reaches its end of life on no day (#perYear a year)"() {
        given: 'health 1.04 falling by a rounding error'
        Instant t0 = Instant.parse('2026-01-01T00:00:00Z')
        def line = RuntimeModel.fit([t0, t0.plusSeconds(365 * 86400)], [1.04d, 1.04d + perYear])

        expect: 'no date out of an Instant\'s range, none a century away'
        line.reaches(0.8) == null

        where:
        perYear << [-1e-15d, -1e-9d, -0.001d]
    }
}

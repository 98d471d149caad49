package vn.dcim.core.capacity

import spock.lang.Specification

import java.time.LocalDate
import java.time.temporal.ChronoUnit

/** The forecasting method on synthetic daily series whose trend is known. */
class TrendForecastSpec extends Specification {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27)

    /** {@code days} days up to today: start + slope per day, a weekday swing, and seeded noise of the given spread. */
    static List<TrendForecast.Day> series(int days, double start, double slope, double weekly, double noise, long seed = 7) {
        def random = new Random(seed)
        (0..<days).collect { i ->
            def date = TODAY.minusDays(days - 1 - i)
            new TrendForecast.Day(date, truth(date, days, start, slope, weekly) + noise * random.nextGaussian())
        }
    }

    /** The series without its noise on any day: the weekend is {@code weekly} below, a weekday 2/5 of it above the trend. */
    static double truth(LocalDate date, int days, double start, double slope, double weekly) {
        def i = ChronoUnit.DAYS.between(TODAY.minusDays(days - 1), date)
        start + slope * i + (date.dayOfWeek.value >= 6 ? -weekly : weekly * 2 / 5)
    }

    def "a series rising #slope kW a day from #start kW towards #capacity kW is full on the known day, inside its interval"() {
        given:
        def history = series(days, start, slope, weekly, noise)
        def known = (0..3000).collect { TODAY.plusDays(it) }.find { truth(it, days, start, slope, weekly) >= capacity }

        when:
        def fit = TrendForecast.fit(history, TODAY)
        def full = TrendForecast.fullOn(fit, capacity, 3 * 365)

        then: 'the central date is within a few days of the true one (the first weekday that reaches the capacity), and the interval holds the true one'
        Math.abs(ChronoUnit.DAYS.between(known, full.central())) <= tolerance
        !full.earliest().isAfter(known)
        !full.latest().isBefore(known)

        where:
        days | start | slope | weekly | noise | capacity || tolerance
        120  | 10.0  | 0.05  | 0      | 0     | 20.0     || 1
        120  | 10.0  | 0.05  | 0      | 0.2   | 20.0     || 10
        400  | 40.0  | 0.02  | 1.5    | 0.5   | 60.0     || 15
        60   | 2.0   | 0.01  | 0.2    | 0.05  | 4.0      || 25
    }

    def "a flat series never fills: no central date within the horizon"() {
        when:
        def fit = TrendForecast.fit(series(days, 30.0, 0, weekly, noise), TODAY)

        then:
        TrendForecast.fullOn(fit, 50.0, 3 * 365).central() == null
        Math.abs(fit.slopePerDay()) < 0.005

        where:
        days | weekly | noise
        60   | 0      | 0
        200  | 2.0    | 0.5
        800  | 1.0    | 1.0
    }

    def "the noisier the series, the wider the interval of its full date (noise #noise kW: more than #minimum days)"() {
        given:
        def quiet = TrendForecast.fullOn(TrendForecast.fit(series(180, 10.0, 0.05, 0, 0.1), TODAY), 25.0, 3 * 365)
        def noisy = TrendForecast.fullOn(TrendForecast.fit(series(180, 10.0, 0.05, 0, noise), TODAY), 25.0, 3 * 365)

        expect:
        width(noisy) > width(quiet)
        width(noisy) > minimum

        where:
        noise || minimum
        1.0   || 20
        3.0   || 60
    }

    def "weekly seasonality once four weeks exist, yearly once two years do"() {
        expect:
        TrendForecast.fit(series(days, 10, 0.01, 1.0, 0.1), TODAY).seasonality() == expected

        where:
        days || expected
        20   || 'none'
        60   || 'weekly'
        800  || 'weekly+yearly'
    }

    def "a weekday swing is learnt: the forecast of a Sunday is below that of a Wednesday"() {
        given:
        def fit = TrendForecast.fit(series(120, 20, 0, 3.0, 0.1), TODAY)
        def sunday = (1..7).find { TODAY.plusDays(it).dayOfWeek.value == 7 }
        def wednesday = (1..7).find { TODAY.plusDays(it).dayOfWeek.value == 3 }

        expect:
        fit.at(wednesday) - fit.at(sunday) > 3.5
    }

    def "fewer than a fortnight of days: no forecast"() {
        expect:
        TrendForecast.fit(series(13, 10, 1, 0, 0), TODAY) == null
        TrendForecast.fit(series(14, 10, 1, 0, 0), TODAY) != null
    }

    def "a series already above its capacity is full today"() {
        expect:
        TrendForecast.fullOn(TrendForecast.fit(series(30, 12, 0.1, 0, 0), TODAY), 10.0, 365).central() == TODAY
    }

    def "the backtest of a clean trend is nearly exact and that of a broken trend is not"() {
        given: 'the same rise for a year; in the second, the load stops growing six months ago'
        def clean = series(365, 10, 0.02, 0, 0.05)
        def broken = clean.collect { d -> d.date().isAfter(TODAY.minusMonths(6)) ? new TrendForecast.Day(d.date(), 10 + 0.02 * 182 + 0.05) : d }

        when:
        def from = TrendForecast.backtestFrom(clean, TODAY, 6)
        def good = TrendForecast.backtest(clean, from, TODAY)
        def bad = TrendForecast.backtest(broken, from, TODAY)

        then: 'run as of six months ago, on the data then'
        from == TODAY.minusMonths(6)
        good.days() == ChronoUnit.DAYS.between(from, TODAY)
        good.meanAbsolutePercentError() < 1.0
        bad.meanAbsolutePercentError() > 10.0
        good.coverage() > bad.coverage()
    }

    def "the backtest goes as far back as the history allows: #days days of history test from #expected days ago"() {
        expect:
        def from = TrendForecast.backtestFrom(series(days, 10, 0.1, 0, 0), TODAY, 6)
        (from == null ? null : ChronoUnit.DAYS.between(from, TODAY)) == expected

        where:
        days || expected
        20   || null
        21   || 7
        60   || 46
        400  || 184
    }

    static long width(TrendForecast.FullOn f) {
        ChronoUnit.DAYS.between(f.earliest(), f.latest() ?: TODAY.plusYears(3))
    }
}

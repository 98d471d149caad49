package vn.dcim.core.demo

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.capacity.CapacityForecast.Quantity
import vn.dcim.core.capacity.CapacityForecast.Status
import vn.dcim.core.capacity.CapacityForecast.Subject
import vn.dcim.core.capacity.CapacityForecasts
import vn.dcim.core.capacity.PowerRatings
import vn.dcim.core.testing.MariaDbSpec

/**
 * The demo's first start writes months of its past, so that its capacity page forecasts with dates
 * instead of "too short": the racks' power and space, the UPSs' load, the feeds and PDUs against their ratings.
 */
@MicronautTest(transactional = false)
class DemoCapacityHistorySpec extends MariaDbSpec {
    @Inject CapacityForecasts forecasts
    @Inject PowerRatings ratings

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.history.enabled': 'true'] }

    def "the demo's #subject #name: #quantity forecast from half a year, #status, with its interval and backtest"() {
        // the room's four racks' 20 kW of budget against 6 kW growing 2 kW a year: beyond the three years' horizon
        expect: 'the history is written off the startup thread'
        new PollingConditions(timeout: 180, delay: 2).eventually {
            def f = forecasts.ofSite(DemoSite.ID).find { it.subject() == subject && it.name() == name && it.quantity() == quantity }
            assert f != null
            assert f.days() >= DemoCapacityHistory.DAYS
            assert f.status() == status
            assert status != Status.fills || f.fullOn() != null && f.fullOnEarliest() != null
            assert f.backtest() != null && f.backtest().meanAbsolutePercentError() != null
            assert f.perYear() > 0
        }

        where:
        subject      | name                            | quantity                 || status
        Subject.rack | 'A01'                           | Quantity.power           || Status.fills
        Subject.rack | 'A01'                           | Quantity.space           || Status.fills
        Subject.room | 'Phòng máy chủ'                 | Quantity.power           || Status.holds
        Subject.ups  | 'UPS-01'                        | Quantity.load            || Status.holds
        Subject.feed | 'Lưới điện 2 (EVN lộ 473)'      | Quantity.power_alone     || Status.fills
    }

    def "the demo's feeds, UPSs and PDUs have their rated capacity"() {
        expect:
        new PollingConditions(timeout: 60, delay: 1).eventually {
            def rated = ratings.ofSite(DemoSite.ID)
            assert rated.size() == 8
            assert rated.every { it.ratedKw() != null }
        }
    }
}

package vn.dcim.web.api.capacity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.capacity.CapacitySnapshots
import vn.dcim.web.testing.OpenApi

import java.time.Instant
import java.time.LocalDate

/**
 * Space and allocated power forecasts and the feeds' rated capacity through the API and the screens, by
 * signed-in people: a rack whose used U grows 0.25 a day from 12 U of 42 and whose allocation grows 25 W a day
 * from 1.5 kW, sixty days of daily snapshots, two grid feeds sharing it 50/50, feed A rated 4 kW.
 */
@MicronautTest(transactional = false)
class PowerRatingApiSpec extends CapacitySpec {
    @Inject CapacitySnapshots snapshots

    @Override
    void furnish() {
        place.rack = rack('R01', 1, 6)
        place.feedA = post('/api/power-chain/nodes', [siteId: place.site, kind: 'feed', name: 'Lưới A'])
        place.feedB = post('/api/power-chain/nodes', [siteId: place.site, kind: 'feed', name: 'Lưới B'])
        place.ats = post('/api/power-chain/nodes', [siteId: place.site, kind: 'ats', name: 'ATS-01'])
        LocalDate today = snapshots.today()
        for (int i = 0; i < 60; i++) {
            int watts = 1500 + 25 * i
            snapshots.record(new CapacitySnapshots.RackDay(today.minusDays(59 - i), place.rack.id as long, 42,
                    12 + (int) Math.floor(0.25 * i), watts), [(place.feedA.id as Long): watts.intdiv(2), (place.feedB.id as Long): watts.intdiv(2)],
                    Instant.now())
        }
    }

    def "the #role sets feed A's rating: #status"() {
        when:
        def answer = calls.send('PUT', "/api/capacity/ratings/${place.feedA.id}", [Authorization: "Bearer ${token(role)}"], [ratedKw: 4])

        then:
        answer.status == status

        where:
        role               || status
        Role.asset_manager || 200
        Role.supervisor    || 403
        Role.auditor       || 403
        Role.operator      || 403
    }

    def "a refused rating: #why gives #status"() {
        expect:
        calls.send('PUT', "/api/capacity/ratings/${place[node]?.id ?: -1}", [Authorization: "Bearer ${token(Role.asset_manager)}"], body).status == status

        where:
        why                   | node    | body                    || status
        'nothing to rate'     | 'ats'   | [ratedKw: 10]           || 422
        'zero'                | 'feedA' | [ratedKw: 0]            || 422
        'a typo of 1000 MW'   | 'feedA' | [ratedKw: 1000000]      || 422
        'less than a watt'    | 'feedA' | [ratedKw: 1.0001]       || 422
        'not a number'        | 'feedA' | '{"ratedKw": "bốn"}'    || 422
        'an unknown element'  | 'none'  | [ratedKw: 4]            || 404
    }

    def "the asset manager reads the feeds' ratings and the forecasts of space and allocation with their dates"() {
        given:
        calls.send('PUT', "/api/capacity/ratings/${place.feedA.id}", [Authorization: "Bearer ${token(Role.asset_manager)}"], [ratedKw: 4])

        when:
        def rated = calls.get("/api/capacity/ratings?siteId=${place.site}", token(Role.asset_manager)).json
        def all = calls.get("/api/capacity/forecasts?siteId=${place.site}", token(Role.asset_manager)).json
        def space = all.find { it.subject == 'rack' && it.subjectId == place.rack.id as String && it.quantity == 'space' }
        def alone = all.find { it.subject == 'feed' && it.subjectId == place.feedA.id as String && it.quantity == 'allocated_alone' }
        def own = all.find { it.subject == 'feed' && it.subjectId == place.feedA.id as String && it.quantity == 'allocated' }

        then: 'the ATS is not rated; feed A is, feed B not yet'
        rated*.name == ['Lưới A', 'Lưới B']
        rated*.ratedKw == [4.0, null]

        and: '26.75 U of 42 today: full in about 61 days; both sides (2.975 kW) fill the 4 kW of feed A in about 41, its own half in about 201'
        space.status == 'fills'
        Math.abs(LocalDate.parse(space.fullOn).toEpochDay() - snapshots.today().plusDays(61).toEpochDay()) <= 3
        space.backtest.meanAbsolutePercentError < 5
        alone.capacity == 4.0
        Math.abs(LocalDate.parse(alone.fullOn).toEpochDay() - snapshots.today().plusDays(41).toEpochDay()) <= 3
        LocalDate.parse(alone.fullOnEarliest) <= LocalDate.parse(alone.fullOn)
        Math.abs(LocalDate.parse(own.fullOn).toEpochDay() - snapshots.today().plusDays(201).toEpochDay()) <= 5
    }

    def "the capacity page shows the rack's space full-on day, in #lang"() {
        when:
        def page = capacityPage(lang)
        def space = calls.get("/api/capacity/forecasts?roomId=${place.room.id}", token(Role.asset_manager)).json
                .find { it.subject == 'rack' && it.quantity == 'space' }

        then:
        showsFullOn(page, "forecast-rack-${place.rack.id}-space", space.fullOn as String)
        page.text.contains(words)

        where:
        lang || words
        'vi' || 'Chỗ trong tủ (U)'
        'en' || 'Space (U)'
    }

    def "the ratings page: the asset manager rates a feed with its form, the auditor reads without one"() {
        when:
        def posted = calls.send('POST', "/ui/power-ratings/${place.feedB.id}",
                [Authorization: "Bearer ${token(Role.asset_manager)}", 'Content-Type': 'application/x-www-form-urlencoded'], 'ratedKw=4,5')
        def mine = calls.get("/ui/power-ratings?site=${place.site}", token(Role.asset_manager), [Accept: HTML])
        def audited = calls.get("/ui/power-ratings?site=${place.site}", token(Role.auditor), [Accept: HTML])

        then:
        posted.status == 303
        mine.missing("id=\"node-${place.feedB.id}\"", '4.500 kW', 'name="ratedKw"') == []
        audited.status == 200
        audited.text.contains('4.500 kW')
        !audited.text.contains('name="ratedKw"')
        calls.get("/ui/power-ratings?site=${place.site}", token(Role.operator), [Accept: HTML]).status in [302, 303, 403]

        when: 'a rating that is no rating'
        def refused = calls.send('POST', "/ui/power-ratings/${place.feedB.id}",
                [Authorization: "Bearer ${token(Role.asset_manager)}", 'Content-Type': 'application/x-www-form-urlencoded'], 'ratedKw=-2')

        then: 'back to the form, naming the field'
        refused.status == 303
        refused.header('Location').contains('refused=ratedKw')
        refused.header('Location').contains("site=${place.site}")
    }

    def "the OpenAPI document holds the rating operations, in their own group"() {
        expect:
        OpenApi.operations().findAll { it.group == 'Power ratings' }.collect { "$it.method $it.path" }.sort() ==
                ['GET /api/capacity/ratings', 'PUT /api/capacity/ratings/{nodeId}']
    }
}

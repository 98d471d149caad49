package vn.dcim.web.api.personal

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.compliance.ComplianceCheck
import vn.dcim.core.compliance.ComplianceState
import vn.dcim.core.compliance.PolicyProfile
import vn.dcim.core.db.Jdbc
import vn.dcim.core.personal.LegalHolds
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Clock
import java.time.LocalDate

/**
 * A legal hold is reviewed by a day: placed without one it takes the setting's days ahead, a day past or beyond the
 * maximum is refused naming the field; a hold in force past its day is a finding of the compliance view and shows on
 * the personal-data screen; reviewed, it carries the next day and is no longer overdue. Acted through the supervisor.
 */
@MicronautTest(transactional = false)
class LegalHoldReviewSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject LegalHolds holds
    @Inject Clock clock
    @Inject Jdbc jdbc
    @Inject List<ComplianceCheck> checks

    Calls calls() { new Calls(server.URL) }

    String supervisor() { users.token([Role.supervisor] as Set) }

    LocalDate today() { LocalDate.now(clock) }

    def "a hold placed without a review day is reviewed by the setting's days ahead; one given is kept"() {
        given:
        String tag = UUID.randomUUID().toString().take(6)

        when:
        def byDefault = calls().post('/api/personal-data/holds', [badge: "RV-$tag".toString(), reason: 'Sự cố đang điều tra'], supervisor())
        def given = calls().post('/api/personal-data/holds', [badge: "RG-$tag".toString(), reason: 'Công an đề nghị',
                                                               reviewOn: today().plusDays(10).toString()], supervisor())

        then:
        byDefault.status == 201
        byDefault.json.reviewOn == today().plusDays(holds.reviewDays()).toString()
        holds.reviewDays() == 90
        given.status == 201
        given.json.reviewOn == today().plusDays(10).toString()
    }

    def "a review day #what is refused naming the field"() {
        when:
        def answer = calls().post('/api/personal-data/holds', [badge: 'R-x', reason: 'lý do', reviewOn: day.call(this).toString()], supervisor())

        then:
        answer.status == 422
        answer.json.fields*.field == ['reviewOn']

        where:
        what                      | day
        'in the past'             | { LegalHoldReviewSpec s -> s.today().minusDays(1) }
        'beyond the maximum ahead'| { LegalHoldReviewSpec s -> s.today().plusDays(366) }
    }

    def "a hold past its review day is a finding and shows on the screen; reviewed, it is not overdue any more"() {
        given:
        String tag = UUID.randomUUID().toString().take(6)
        long id = calls().post('/api/personal-data/holds', [person: "Quá Hạn Xem Xét $tag".toString(), reason: 'Sự cố cũ'], supervisor()).json.id as long
        jdbc.update('spec: a hold placed long ago', 'UPDATE legal_hold SET review_on = ? WHERE id = ?', today().minusDays(3), id)

        when:
        def judged = check().judge(clock.instant(), null)
        def page = calls().get('/ui/personal-data', supervisor(), [Accept: 'text/html'])

        then:
        judged.state() == ComplianceState.non_compliant
        judged.summary().contains("Quá Hạn Xem Xét $tag (#$id, ${today().minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern('dd/MM/yyyy'))})")
        page.text.contains('id="pd-overdue"')
        page.text.contains("Quá Hạn Xem Xét $tag")

        when:
        def reviewed = calls().post("/api/personal-data/holds/$id/review", [reviewOn: today().plusDays(30).toString(), note: 'vẫn đang điều tra'], supervisor())

        then:
        reviewed.status == 200
        reviewed.json.reviewOn == today().plusDays(30).toString()
        !holds.overdue()*.id().contains(id)
        !check().judge(clock.instant(), null).summary().contains("#$id,")
    }

    ComplianceCheck check() {
        checks.find { it.key() == 'subject-requests-answered' }
    }
}

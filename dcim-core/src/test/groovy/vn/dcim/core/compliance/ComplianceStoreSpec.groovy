package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

import java.time.Instant

import static vn.dcim.core.compliance.Said.said

/**
 * Two instances of a pair judge the same rows (each on its own page view or duty run): a change of
 * state is recorded once, by whichever writes first, so the history and the alarm are not doubled.
 */
@MicronautTest(transactional = false)
class ComplianceStoreSpec extends MariaDbSpec {
    @Inject ComplianceStore store
    @Inject DataSource dataSource

    static final Instant AT = Instant.parse('2026-11-22T06:00:00Z')

    def "two instances that read the same state record one change, the first one"() {
        when: 'both judge a row that has no state yet'
        def first = store.record('R-003-6.2', null, Judgement.noData(said('compliance.s.test', 'no data yet')), AT)
        def second = store.record('R-003-6.2', null, Judgement.noData(said('compliance.s.test', 'no data yet')), AT.plusMillis(5))

        then:
        first && !second
        store.history('R-003-6.2')*.state() == [ComplianceState.not_enough_data]

        when: 'both read that state, and both find the row failing'
        def before = store.current()['R-003-6.2']
        first = store.record('R-003-6.2', before, Judgement.nonCompliant(said('compliance.s.test', 'too hot')), AT.plusSeconds(60))
        second = store.record('R-003-6.2', before, Judgement.nonCompliant(said('compliance.s.test', 'too hot')), AT.plusSeconds(61))

        then: 'one change in the history, since the first one\'s time'
        first && !second
        store.history('R-003-6.2')*.state() == [ComplianceState.not_enough_data, ComplianceState.non_compliant]
        store.current()['R-003-6.2'].since() == AT.plusSeconds(60)
    }

    static final Map<String, Evidence> EVIDENCE = [
            'a link in our words'         : Evidence.link('compliance.ev.devices', 'devices', '/ui/devices'),
            'a link with arguments'       : Evidence.link('compliance.ev.incident', 'incident #{0}', '/ui/incidents/12', 12),
            'a record named by its name'  : Evidence.of('ups-1', '/ui/devices/ups-1')]

    def "a row judged again as it stands is not written again (#kind): a view of the page writes nothing"() {
        given: 'a row judged once'
        def id = 'R-store-' + kind.replace(' ', '-')
        def evidence = EVIDENCE[kind]
        def sql = new Sql(dataSource)
        sql.update('DELETE FROM compliance_state WHERE requirement_id = ?', [id])
        def judged = Judgement.noData(said('compliance.s.test', 'no data yet'), evidence)
        store.record(id, null, judged, AT)

        def checked = { sql.rows('SELECT checked_at FROM compliance_state WHERE centre_id = 0 AND requirement_id = ?', [id])[0].checked_at }
        def first = checked()

        when: 'it is judged again the same, a minute later'
        store.record(id, store.current()[id], judged, AT.plusSeconds(60))

        then: 'the row was left as it was'
        checked() == first

        where:
        kind << EVIDENCE.keySet()
    }
}

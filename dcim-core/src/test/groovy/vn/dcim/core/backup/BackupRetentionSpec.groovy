package vn.dcim.core.backup

import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.time.ZoneId

class BackupRetentionSpec extends Specification {

    static final Instant NOW = Instant.parse('2026-11-22T10:30:00Z')   // a Sunday
    BackupRetention retention = new BackupRetention(2, 14, 8, 12, ZoneId.of('Asia/Ho_Chi_Minh'))

    def "a burst of sixteen backups in a few minutes rotates none of the earlier history away"() {
        given:
        def history = ['2026-11-21T01:30:00Z', '2026-11-19T01:30:00Z', '2026-11-10T01:30:00Z',
                       '2026-10-14T01:30:00Z', '2026-06-03T01:30:00Z'].collect { Instant.parse(it) }
        def burst = (0..<16).collect { NOW.minus(Duration.ofSeconds(10 * it)) }

        expect:
        retention.toDelete(history + burst, { it }, NOW) == []
    }

    def "older than the last days, one backup a day, a week, a month is kept"() {
        expect:
        retention.toDelete(backups.collect { Instant.parse(it) }, { it }, NOW)*.toString() == deleted

        where:
        backups                                                                    || deleted
        // two of the same day, 5 days ago: the newer one stays
        ['2026-11-17T01:30:00Z', '2026-11-17T13:00:00Z']                           || ['2026-11-17T01:30:00Z']
        // the centre's day: 01:00 and 08:30 of 17 November in the centre, though 16 and 17 November in UTC
        ['2026-11-16T18:00:00Z', '2026-11-17T01:30:00Z']                           || ['2026-11-16T18:00:00Z']
        // the centre's week: Monday 2 November 01:00 in the centre (Sunday 1 November in UTC) and Tuesday
        ['2026-11-01T18:00:00Z', '2026-11-03T01:30:00Z']                           || ['2026-11-01T18:00:00Z']
        // everything of the last two days stays, however many
        ['2026-11-21T01:00:00Z', '2026-11-21T02:00:00Z', '2026-11-22T03:00:00Z']   || []
        // beyond 14 days: one per ISO week (Mon 2 Nov .. Sun 8 Nov is one week)
        ['2026-11-02T01:30:00Z', '2026-11-05T01:30:00Z', '2026-11-08T01:30:00Z']   || ['2026-11-05T01:30:00Z', '2026-11-02T01:30:00Z']
        // beyond 8 weeks: one per month
        ['2026-07-01T01:30:00Z', '2026-07-20T01:30:00Z']                           || ['2026-07-01T01:30:00Z']
        // beyond 12 months: gone, unless it is the newest there is
        ['2025-10-01T01:30:00Z', '2026-11-22T01:30:00Z']                           || ['2025-10-01T01:30:00Z']
        ['2025-10-01T01:30:00Z']                                                   || []
    }

    def "nonsense limits are refused"() {
        when:
        new BackupRetention(0, 14, 8, 12, ZoneId.of('Asia/Ho_Chi_Minh'))

        then:
        thrown(IllegalArgumentException)
    }
}

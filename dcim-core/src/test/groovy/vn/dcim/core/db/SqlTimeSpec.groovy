package vn.dcim.core.db

import spock.lang.Specification

import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneOffset

class SqlTimeSpec extends Specification {

    def "an instant becomes the UTC wall-clock time a DATETIME column holds (#at)"() {
        expect:
        SqlTime.of(Instant.parse(at)) == LocalDateTime.parse(utc)
        SqlTime.instant(SqlTime.of(Instant.parse(at))) == Instant.parse(at)

        where:
        at                               | utc
        '2026-11-27T19:40:00Z'           | '2026-11-27T19:40:00'
        '2026-11-27T23:59:59.999999999Z' | '2026-11-27T23:59:59.999999999'
        '2038-01-19T03:14:08Z'           | '2038-01-19T03:14:08'
        '1969-12-31T23:59:59.5Z'         | '1969-12-31T23:59:59.500'
    }

    def "the same as the JDK's conversion for any instant"() {
        expect:
        (0..<1000).every {
            Instant t = Instant.ofEpochSecond(new Random(it).nextLong() % 4_000_000_000L, new Random(-it).nextInt(1_000_000_000))
            SqlTime.of(t) == LocalDateTime.ofInstant(t, ZoneOffset.UTC)
        }
    }
}

package vn.dcim.core.db

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessEventFilter
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

import javax.sql.DataSource
import java.time.Instant

/**
 * MariaDB's TIMESTAMP ends at 2038-01-19; no column a person, a device or the server's
 * clock fills may end there (V61 made them DATETIME(3)), and an instant after it reads back as written.
 */
@MicronautTest(transactional = false)
class PastTwentyThirtyEightSpec extends MariaDbSpec {
    @Inject DataSource dataSource
    @Inject AccessLog accessLog
    @Inject SiteRepository sites

    def "no column of the product is a TIMESTAMP (only Flyway's own history table may keep one)"() {
        when:
        List<String> left = []
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            def rs = c.prepareStatement("""SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns
                    WHERE table_schema = DATABASE() AND data_type = 'timestamp' AND table_name <> 'flyway_schema_history'""").executeQuery()
            while (rs.next()) left << rs.getString(1)
        }

        then:
        left == []
    }

    String stored(String messageId) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            def st = c.prepareStatement("SELECT DATE_FORMAT(device_ts, '%Y-%m-%d %H:%i:%s.%f') FROM access_event WHERE message_id = ?")
            st.setString(1, messageId)
            def rs = st.executeQuery()
            rs.next() ? rs.getString(1).substring(0, 23) : null
        }
    }

    def "an access event at #deviceTime is stored and read back unchanged"() {
        given:
        if (!sites.existsById('y2038')) sites.save(new Site('y2038', 'Trạm 2038', null, null))
        String id = "y2038-${deviceTime}"
        Instant received = deviceTime.plusMillis(1234)

        when:
        accessLog.append([new AccessEvent(null, 'door-2038', id, 'y2038', AccessResult.granted, 'B1', 'Phạm Thị D',
                AccessDirection.in, deviceTime, received)])
        def back = accessLog.find(new AccessEventFilter('door-2038', null, null, null, null), 100, 0).find { it.messageId() == id }

        then:
        back.deviceTime() == deviceTime
        back.receivedTime() == received

        and: 'the column holds the instant in UTC, whatever zone the JVM runs in'
        stored(id) == java.time.format.DateTimeFormatter.ofPattern('yyyy-MM-dd HH:mm:ss.SSS').withZone(java.time.ZoneOffset.UTC).format(deviceTime)

        where:
        deviceTime << [Instant.parse('2039-06-01T00:00:00Z'), Instant.parse('2038-01-19T03:14:08Z'),
                       Instant.parse('2099-12-31T23:59:59.999Z'), Instant.parse('2026-11-23T10:00:00.123Z')]
    }
}

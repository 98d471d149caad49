package vn.dcim.core.db

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

import javax.sql.DataSource

@MicronautTest(transactional = false)
class MigrationSpec extends MariaDbSpec {

    @Inject
    DataSource dataSource

    def "every migration applies on a real MariaDB server"() {
        when:
        def rows = query("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")

        then:
        rows.size() >= 3
        rows.every { it.success }
        rows*.version.take(3) == ['1', '2', '3']
    }

    def "the server is MariaDB, not an imitation"() {
        expect:
        query("SELECT VERSION() AS v")[0].v.toLowerCase().contains('mariadb')
    }

    def "table #table exists after migration"() {
        expect:
        query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '${table}'")[0].n == 1

        where:
        table << ['site', 'room', 'rack', 'asset', 'power_feed', 'isp_link', 'monitored_device',
                  'reading', 'latest_reading', 'device_error', 'QRTZ_JOB_DETAILS', 'QRTZ_LOCKS']
    }

    List<Map> query(String sql) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            def rs = c.createStatement().executeQuery(sql)
            def md = rs.metaData
            def out = []
            while (rs.next()) {
                out << (1..md.columnCount).collectEntries { [(md.getColumnLabel(it)): rs.getObject(it)] }
            }
            out
        }
    }
}

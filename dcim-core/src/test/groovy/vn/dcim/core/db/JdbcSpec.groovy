package vn.dcim.core.db

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

/** The SQL paging the registry's searches share: the count of every match, the ids of one page. */
@MicronautTest(transactional = false)
class JdbcSpec extends MariaDbSpec {
    @Inject Jdbc jdbc
    @Inject DataSource dataSource

    def "a page of #limit from #offset counts all five matches and holds ids #page of them in order"() {
        given: 'five rooms of a site of their own'
        def sql = new Sql(dataSource)
        String site = 'p-' + UUID.randomUUID().toString().take(8)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [site, site])
        (1..5).each { n -> sql.update("INSERT INTO room (site_id, name, kind) VALUES (?, ?, 'server_room')", [site, 'Phòng ' + n]) }
        List<Long> rooms = sql.rows('SELECT id FROM room WHERE site_id = ? ORDER BY id', [site]).collect { it.id as long }

        when:
        Paged<Long> found = jdbc.pageOfIds('rooms', 'room', 'site_id = ?', [site], 'id DESC', limit, offset)

        then:
        found.count() == 5
        found.items() == page.collect { rooms[it - 1] }

        where: 'rooms are named by their place in the site, 1 the first inserted'
        limit | offset || page
        2     | 0      || [5, 4]
        2     | 3      || [2, 1]
        10    | 4      || [1]
        0     | 0      || [5]
        3     | -1     || [5, 4, 3]
        2     | 5      || []
    }
}

package vn.dcim.core.backup

import spock.lang.Specification

/** The server MariaDB's tools are pointed at, read from the URL the product connects with. */
class MariaDbServerSpec extends Specification {

    def "#url names #host:#port, schema '#schema'"() {
        when:
        def server = MariaDbServer.fromJdbcUrl(url, 'dcim', null, null)

        then:
        server.host() == host
        server.port() == port
        server.database() == schema
        server.password() == ''

        where:
        url                                                                  | host           | port | schema
        'jdbc:mariadb://db.local:3306/dcim'                                  | 'db.local'     | 3306 | 'dcim'
        'jdbc:mariadb://db.local/dcim'                                       | 'db.local'     | 3306 | 'dcim'
        'jdbc:mariadb://127.0.0.1:3307/dcim_test?useSsl=true&trust=1'        | '127.0.0.1'    | 3307 | 'dcim_test'
        'jdbc:mariadb:sequential://db1:3306,db2:3306,db3:3306/dcim'          | 'db1'          | 3306 | 'dcim'
        'jdbc:mariadb:loadbalance://db1:3310, db2:3311/dcim?connectTimeout=5' | 'db1'          | 3310 | 'dcim'
        'jdbc:mysql://legacy.example:3306/dcim'                              | 'legacy.example' | 3306 | 'dcim'
        'jdbc:mariadb://db.local:3306'                                       | 'db.local'     | 3306 | ''
    }

    def "a URL without a server is refused: #url"() {
        when:
        MariaDbServer.fromJdbcUrl(url, 'dcim', null, null)

        then:
        thrown(IllegalArgumentException)

        where:
        url << ['mariadb://db/dcim', 'jdbc:mariadb:db/dcim']
    }
}

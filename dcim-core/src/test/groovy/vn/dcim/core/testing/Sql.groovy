package vn.dcim.core.testing

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource

import javax.sql.DataSource

/** Plain SQL against the spec's database, to check outcomes where they are stored. */
class Sql {
    final DataSource dataSource

    Sql(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource)
    }

    List<Map> rows(String sql, List params = []) {
        dataSource.connection.withCloseable { c ->
            def ps = c.prepareStatement(sql)
            params.eachWithIndex { p, i -> ps.setObject(i + 1, p) }
            def rs = ps.executeQuery()
            def md = rs.metaData
            def out = []
            while (rs.next()) {
                out << (1..md.columnCount).collectEntries { [(md.getColumnLabel(it)): rs.getObject(it)] }
            }
            out
        }
    }

    long count(String sql, List params = []) {
        (rows(sql, params)[0].values().first() as Number).longValue()
    }

    /** Empties the tables, in this order. */
    void empty(List<String> tables) {
        tables.each { update("DELETE FROM $it".toString()) }
    }

    /**
     * A fixture written on one connection: first the clearing statements with foreign keys unchecked, so that the
     * tables may be emptied in any order, then the filling ones with the keys checked again.
     */
    void refill(List<String> clearing, List<String> filling) {
        dataSource.connection.withCloseable { c ->
            def st = c.createStatement()
            st.execute('SET FOREIGN_KEY_CHECKS = 0')
            clearing.each { st.execute(it) }
            st.execute('SET FOREIGN_KEY_CHECKS = 1')
            filling.each { st.execute(it) }
        }
    }

    int update(String sql, List params = []) {
        dataSource.connection.withCloseable { c ->
            def ps = c.prepareStatement(sql)
            params.eachWithIndex { p, i -> ps.setObject(i + 1, p) }
            ps.executeUpdate()
        }
    }
}

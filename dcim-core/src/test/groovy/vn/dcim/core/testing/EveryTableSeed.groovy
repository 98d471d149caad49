package vn.dcim.core.testing

import java.sql.Connection
import java.sql.PreparedStatement
import java.sql.Statement

/**
 * One row in every table of a schema, made from what information_schema says of it alone: each column
 * gets a value of its type, a foreign key its parent's value (parents are seeded first), an auto-increment
 * key what the server gives. So a spec can fill a schema of any version without knowing its tables, and a
 * table that a later migration adds is covered without anyone writing its seed.
 *
 * <p>The schema cannot tell which strings the application reads as one of its enumerations (a status, a
 * protocol): {@code overrides} (table -> column -> value) gives those columns a value the product reads.
 */
final class EveryTableSeed {
    /** Flyway's own book-keeping, rewritten by every migration: not data of the product. */
    private static final Set<String> NOT_DATA = ['flyway_schema_history'] as Set

    /** Per table: the primary key of the seeded row, column -> value as the server stored it. */
    final Map<String, Map<String, Object>> keys = [:]
    /** Per table: the whole seeded row as the server stored it. */
    final Map<String, Map<String, Object>> rows = [:]
    /** Per table: its rows once seeded (the seeded one and any the migrations wrote). */
    final Map<String, Long> counts = [:]

    private EveryTableSeed() { }

    /** Short, so that a failed condition shows its tables rather than every seeded value. */
    @Override
    String toString() {
        "one row in each of ${keys.size()} tables: ${keys.keySet().sort()}"
    }

    static EveryTableSeed plant(Connection c, String schema, Map<String, Map<String, Object>> overrides = [:]) {
        def seed = new EveryTableSeed()
        def shape = Shape.read(c, schema)
        shape.parentsFirst().eachWithIndex { String table, int n ->
            seed.insert(c, schema, table, shape, n, overrides[table] ?: [:])
        }
        shape.columns.keySet().each { t -> seed.counts[t] = count(c, schema, t) }
        seed
    }

    /**
     * What the schema lost of the seeded rows, one line a table: a table gone, fewer rows than were seeded,
     * or the seeded row no longer found by its key. {@code replaced} names tables a migration replaced by
     * another on purpose, rows and all (old -> new): their rows must be in the new one.
     */
    List<String> lost(Connection c, String schema, Map<String, String> replaced = [:]) {
        def tables = Shape.tables(c, schema)
        List<String> problems = []
        keys.each { String table, Map<String, Object> key ->
            if (replaced[table]) {
                String into = replaced[table]
                long now = into in tables ? count(c, schema, into) : 0
                if (now < counts[table]) {
                    problems << "${table} was replaced by ${into}, which holds ${now} rows; ${counts[table]} were in ${table}".toString()
                }
                return
            }
            if (!(table in tables)) {
                problems << "${table}: table gone, with its ${counts[table]} rows".toString()
                return
            }
            long now = count(c, schema, table)
            if (now < counts[table]) {
                problems << "${table}: ${counts[table]} rows before the upgrade, ${now} after".toString()
            }
            if (!present(c, schema, table, key)) {
                problems << "${table}: the seeded row ${key} is gone".toString()
            }
        }
        problems
    }

    private void insert(Connection c, String schema, String table, Shape shape, int n, Map<String, Object> override) {
        List<Map> filled = shape.columns[table].findAll { !it.autoIncrement }
        Map<String, Object> values = [:]
        filled.each { Map col ->
            String name = col.name
            if (override.containsKey(name)) {
                values[name] = override[name]
            } else if (shape.parents[table]?.get(name)) {
                // a row pointing at itself would need its own key before it exists: a self-reference stays empty
                values[name] = shape.parentValue(table, name, rows)
            } else {
                values[name] = valueOf(col, table, n)
            }
        }
        String sql = "INSERT INTO `${schema}`.`${table}` (${filled.collect { "`${it.name}`" }.join(', ')}) VALUES (${filled.collect { '?' }.join(', ')})"
        c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS).withCloseable { PreparedStatement ps ->
            filled.eachWithIndex { Map col, int i -> ps.setObject(i + 1, values[col.name]) }
            try {
                ps.executeUpdate()
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("seeding ${table} with ${values} failed: ${e.message}", e)
            }
            Map auto = shape.columns[table].find { it.autoIncrement }
            if (auto) {
                ps.generatedKeys.withCloseable { r ->
                    r.next()
                    values[auto.name] = r.getLong(1)
                }
            }
        }
        Map<String, Object> key = shape.primaryKey[table].collectEntries { [(it): values[it]] }
        keys[table] = key
        rows[table] = readBack(c, schema, table, key)
    }

    /** A value of the column's type that fits it: strings say where they are, numbers are unlikely to meet a migration's own rows. */
    private static Object valueOf(Map col, String table, int n) {
        switch (col.dataType) {
            case 'tinyint': return 1
            case 'smallint': return 700 + n
            case ['mediumint', 'int', 'bigint']: return 70_000 + n
            case 'decimal': return (col.precision - col.scale) >= 1 ? BigDecimal.ONE : new BigDecimal('0.5')
            case ['float', 'double']: return 1.5d
            case 'date': return '2026-10-01'
            case ['datetime', 'timestamp']: return '2026-10-01 08:00:00'
            case 'time': return '08:00:00'
            case 'year': return 2026
            case ['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext']:
                return fit("${table}.${col.name}", col.maxLength)
            case ['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob']:
                byte[] bytes = fit("${table}.${col.name}", col.maxLength).getBytes('UTF-8')
                return col.dataType == 'binary' ? Arrays.copyOf(bytes, col.maxLength as int) : bytes
            case ['enum', 'set']: return (col.columnType =~ /'([^']*)'/)[0][1]
            case 'bit': return true
            default: throw new IllegalStateException("no seed value for ${table}.${col.name} of type ${col.columnType}: add one here")
        }
    }

    private static String fit(String text, Long maxLength) {
        maxLength == null || text.length() <= maxLength ? text : text.substring(0, maxLength as int)
    }

    private static long count(Connection c, String schema, String table) {
        c.createStatement().withCloseable { s ->
            s.executeQuery("SELECT COUNT(*) FROM `${schema}`.`${table}`").withCloseable { r -> r.next(); r.getLong(1) }
        }
    }

    private static boolean present(Connection c, String schema, String table, Map<String, Object> key) {
        readBack(c, schema, table, key) != null
    }

    private static Map<String, Object> readBack(Connection c, String schema, String table, Map<String, Object> key) {
        String where = key.keySet().collect { "`${it}` = ?" }.join(' AND ')
        try {
            c.prepareStatement("SELECT * FROM `${schema}`.`${table}` WHERE ${where}").withCloseable { ps ->
                key.values().eachWithIndex { v, int i -> ps.setObject(i + 1, v) }
                ps.executeQuery().withCloseable { r ->
                    if (!r.next()) {
                        return null
                    }
                    (1..r.metaData.columnCount).collectEntries { [(r.metaData.getColumnLabel(it)): r.getObject(it)] }
                }
            }
        } catch (java.sql.SQLSyntaxErrorException e) {
            // a key column renamed or dropped: the row cannot be found by the key it was seeded with
            null
        }
    }

    /** Tables, columns, primary keys and foreign keys of a schema, as information_schema tells them. */
    private static final class Shape {
        final Map<String, List<Map>> columns = [:]
        final Map<String, List<String>> primaryKey = [:]
        /** table -> column -> [parent table, parent column] */
        final Map<String, Map<String, List<String>>> parents = [:]

        static Set<String> tables(Connection c, String schema) {
            Set<String> names = [] as Set
            c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'").withCloseable { q ->
                q.setString(1, schema)
                q.executeQuery().withCloseable { r -> while (r.next()) { names << r.getString(1) } }
            }
            names - NOT_DATA
        }

        static Shape read(Connection c, String schema) {
            def shape = new Shape()
            def tables = tables(c, schema)
            c.prepareStatement('''SELECT table_name, column_name, data_type, column_type, extra, character_maximum_length,
                                         numeric_precision, numeric_scale
                                  FROM information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position''').withCloseable { q ->
                q.setString(1, schema)
                q.executeQuery().withCloseable { r ->
                    while (r.next()) {
                        if (!(r.getString(1) in tables)) {
                            continue // a view, or Flyway's history
                        }
                        if (r.getString(5).contains('GENERATED')) {
                            continue // the server computes it
                        }
                        shape.columns.computeIfAbsent(r.getString(1)) { [] } << [
                                name         : r.getString(2), dataType: r.getString(3), columnType: r.getString(4),
                                autoIncrement: r.getString(5).contains('auto_increment'),
                                maxLength    : r.getObject(6) as Long, precision: r.getObject(7) as Long ?: 0L, scale: r.getObject(8) as Long ?: 0L]
                    }
                }
            }
            c.prepareStatement('''SELECT table_name, column_name, referenced_table_name, referenced_column_name, constraint_name
                                  FROM information_schema.key_column_usage WHERE table_schema = ? ORDER BY table_name, ordinal_position''').withCloseable { q ->
                q.setString(1, schema)
                q.executeQuery().withCloseable { r ->
                    while (r.next()) {
                        if (!(r.getString(1) in tables)) {
                            continue
                        }
                        if (r.getString(5) == 'PRIMARY') {
                            shape.primaryKey.computeIfAbsent(r.getString(1)) { [] } << r.getString(2)
                        } else if (r.getString(3) != null) {
                            shape.parents.computeIfAbsent(r.getString(1)) { [:] }[r.getString(2)] = [r.getString(3), r.getString(4)]
                        }
                    }
                }
            }
            tables.each { t ->
                if (!shape.primaryKey[t]) {
                    throw new IllegalStateException("${t} has no primary key: the seed cannot find its row again")
                }
            }
            shape
        }

        /** Tables in an order where each comes after the tables its foreign keys point at (a table may point at itself). */
        List<String> parentsFirst() {
            List<String> ordered = []
            Set<String> left = new TreeSet<>(columns.keySet())
            while (left) {
                String next = left.find { t -> (parents[t]?.values()*.get(0) ?: []).every { it == t || it in ordered } }
                if (next == null) {
                    throw new IllegalStateException("foreign keys in a cycle among ${left}: seed one of them by hand")
                }
                ordered << next
                left.remove(next)
            }
            ordered
        }

        /** The seeded parent's value for a foreign-key column; null for a column that is not one, or points at its own table. */
        Object parentValue(String table, String column, Map<String, Map<String, Object>> seeded) {
            List<String> parent = parents[table]?.get(column)
            parent && parent[0] != table ? seeded[parent[0]][parent[1]] : null
        }
    }
}

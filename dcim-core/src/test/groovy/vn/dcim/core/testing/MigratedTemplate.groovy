package vn.dcim.core.testing

import org.flywaydb.core.Flyway

import java.sql.Connection

/**
 * A schema that Flyway migrated from this build's migrations once in this test JVM, and what it takes to
 * copy it into a spec's fresh schema: the DDL of its tables and views, and which tables hold rows.
 * Migrated anew by each JVM (never trusted from an earlier run: the migrations may have changed since).
 */
final class MigratedTemplate {
    private static final Map<String, MigratedTemplate> MIGRATED = [:]

    final String schema
    private final List<String> tables
    private final List<String> views
    private final List<String> filled

    private MigratedTemplate(String schema, List<String> tables, List<String> views, List<String> filled) {
        this.schema = schema
        this.tables = tables
        this.views = views
        this.filled = filled
    }

    static synchronized MigratedTemplate of(String server, String schema) {
        MIGRATED.computeIfAbsent(server + schema) { migrate(server, schema) }
    }

    private static MigratedTemplate migrate(String server, String schema) {
        MariaDbSpec.connect(server).withCloseable { c ->
            c.createStatement().withCloseable { s ->
                s.execute("DROP DATABASE IF EXISTS `${schema}`")
                s.execute("CREATE DATABASE `${schema}` CHARACTER SET utf8mb4")
            }
        }
        Flyway.configure()
                .dataSource(server + schema, System.getenv('DCIM_TEST_DB_USER') ?: 'dcim',
                        System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim')
                .locations('classpath:db/migration')
                .load().migrate()
        MariaDbSpec.connect(server).withCloseable { c -> read(c, schema) }
    }

    private static MigratedTemplate read(Connection c, String schema) {
        List<String> baseTables = []
        List<String> viewNames = []
        c.prepareStatement('SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name').withCloseable { q ->
            q.setString(1, schema)
            q.executeQuery().withCloseable { r ->
                while (r.next()) {
                    (r.getString(2) == 'VIEW' ? viewNames : baseTables) << r.getString(1)
                }
            }
        }
        c.createStatement().withCloseable { s ->
            List<String> tableDdl = baseTables.collect { t -> second(s, "SHOW CREATE TABLE `${schema}`.`${t}`") }
            // a view's text names its tables with the template's schema; the copy's view reads the copy's
            List<String> viewDdl = viewNames.collect { v -> second(s, "SHOW CREATE VIEW `${schema}`.`${v}`").replace("`${schema}`.", '') }
            List<String> filled = baseTables.findAll { t ->
                s.executeQuery("SELECT EXISTS (SELECT 1 FROM `${schema}`.`${t}`)").withCloseable { r -> r.next() && r.getBoolean(1) }
            }
            new MigratedTemplate(schema, tableDdl, viewDdl, filled)
        }
    }

    private static String second(java.sql.Statement s, String sql) {
        s.executeQuery(sql).withCloseable { r ->
            r.next()
            r.getString(2)
        }
    }

    /** Creates the template's tables and views in {@code target} (empty, just created) and copies the rows the migrations left. */
    void copyInto(Connection c, String target) {
        c.createStatement().withCloseable { s ->
            s.execute("USE `${target}`")
            // the tables come in name order; their foreign keys are checked again by the rows' first writes
            s.execute('SET FOREIGN_KEY_CHECKS = 0')
            try {
                tables.each { s.execute(it) }
                views.each { s.execute(it) }
                filled.each { t -> s.execute("INSERT INTO `${target}`.`${t}` SELECT * FROM `${schema}`.`${t}`") }
            } finally {
                s.execute('SET FOREIGN_KEY_CHECKS = 1')
            }
        }
    }
}

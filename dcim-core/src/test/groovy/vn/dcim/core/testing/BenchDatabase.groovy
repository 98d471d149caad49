package vn.dcim.core.testing

/** The settings a bench's application context needs for its MariaDB schema (benches run outside Spock). */
class BenchDatabase {
    /** {@code clean}: Flyway wipes the schema first (the first context of a bench); later ones only migrate. */
    static Map<String, Object> properties(String url, boolean clean = true) {
        [
                'datasources.default.url'                               : url,
                'datasources.default.username'                          : 'dcim',
                'datasources.default.password'                          : 'dcim',
                'datasources.default.driver-class-name'                 : 'org.mariadb.jdbc.Driver',
                'datasources.default.dialect'                           : 'MYSQL',
                // the product's driver settings (web's application.yml): a bench measures what a center runs.
                // With bulk batches alone, bench/mqtt compared main with an older commit under other settings
                // and showed a fall that the same settings on both sides did not (docs/performance.md)
                'datasources.default.data-source-properties.useBulkStmts': 'true',
                'datasources.default.data-source-properties.useServerPrepStmts': 'true',
                'datasources.default.data-source-properties.connectionTimeZone': 'UTC',
                'datasources.default.data-source-properties.forceConnectionTimeZoneToSession': 'true',
                'datasources.default.data-source-properties.preserveInstants': 'true',
                // a fresh machine has no bench schema yet: the driver creates it at the first connection
                'datasources.default.data-source-properties.createDatabaseIfNotExist': 'true',
                'flyway.datasources.default.enabled'                    : 'true',
                'flyway.datasources.default.clean-schema'               : "$clean".toString(),
                'flyway.datasources.default.clean-disabled'             : 'false',
                'dcim.scheduler.enabled'                                : 'false',
                'dcim.demo.enabled'                                     : 'false',
        ] as Map<String, Object>
    }
}

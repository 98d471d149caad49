package vn.dcim.core.upgrade;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.callback.Callback;
import vn.dcim.core.db.LongStatements;
import vn.dcim.core.db.RepairedMigrations;

/** What the product's Flyway does around an upgrade's migrations. */
@Factory
class FlywayCallbacks {

    /** Micronaut Flyway takes the callbacks of a datasource as a {@code Callback[]} bean named after it. */
    @Singleton
    @Named("default")
    Callback[] defaultDatasourceCallbacks() {
        // UpgradeOrder refuses before the first migration: a refused upgrade has applied nothing
        return new Callback[]{new RepairedMigrations(), new LongStatements(), new UpgradeOrder()};
    }
}

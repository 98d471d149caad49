package vn.dcim.core.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * The product's data directory (DCIM_DATA_DIR, "data" beside where it runs): the embedded database, the keys
 * when no other place is named, the reports kept (Art. 7.2), a remote collector's buffer, the demo agents'
 * state. One setting that every part that keeps files resolves against.
 */
@ConfigurationProperties("dcim")
public record DataDirectory(@Bindable(defaultValue = "data") String dataDir) {

    /** The directory itself, absolute. */
    public Path path() {
        return Path.of(dataDir).toAbsolutePath();
    }

    /** A place inside it ("reports", "mailings"). */
    public Path resolve(String first, String... more) {
        return path().resolve(Path.of(first, more));
    }
}

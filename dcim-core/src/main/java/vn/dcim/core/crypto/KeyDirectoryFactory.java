package vn.dcim.core.crypto;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/** The installation's key directory: DCIM_KEYS_DIR, or beside the data directory when unset. */
@Factory
class KeyDirectoryFactory {
    @Singleton
    KeyDirectory keyDirectory(@Value("${dcim.keys-dir:}") String keysDir, @Value("${dcim.data-dir:data}") String dataDir) {
        return KeyDirectory.at(keysDir.isBlank() ? KeyDirectory.besideDataDir(Path.of(dataDir)) : Path.of(keysDir));
    }
}

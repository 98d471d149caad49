package vn.dcim.core.crypto;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dcim.core.db.DataDirectory;

import java.nio.file.Path;

/** The installation's key directory: DCIM_KEYS_DIR, or beside the data directory when unset. */
@Factory
class KeyDirectoryFactory {
    @Singleton
    KeyDirectory keyDirectory(@Value("${dcim.keys-dir:}") String keysDir, DataDirectory data) {
        return KeyDirectory.at(keysDir.isBlank() ? KeyDirectory.besideDataDir(data.path()) : Path.of(keysDir));
    }
}

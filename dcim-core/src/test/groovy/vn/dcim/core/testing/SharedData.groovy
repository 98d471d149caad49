package vn.dcim.core.testing

import java.nio.file.Files
import java.nio.file.Path

/** The read-only material beside the checkout (../shared): recordings, MIBs, regulation. */
final class SharedData {
    private SharedData() {}

    static Path root() {
        def configured = System.getProperty('dcim.shared') ?: System.getenv('DCIM_SHARED')
        def candidates = [configured, '../shared', '../../shared'].findAll { it }
                .collect { Path.of(it).toAbsolutePath().normalize() }
        def found = candidates.find { Files.isDirectory(it.resolve('devices')) }
        if (!found) {
            throw new IllegalStateException("../shared not found (tried ${candidates})")
        }
        found
    }

    static Path devices() { root().resolve('devices') }
}

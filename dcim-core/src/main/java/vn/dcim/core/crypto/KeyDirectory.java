package vn.dcim.core.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.function.Supplier;

/**
 * The installation's keys (Art. 30.7c, 15.1d; QĐ 22/2021 Art. 8.1: data encrypted at rest). They live
 * in a directory of their own, outside the data directory and outside the database, so that a copy
 * of the database or of a backup alone reveals nothing; the directory is backed up separately
 * (docs/keys.md). Each key is made on first use, written once with mode 0600 in a 0700 directory.
 *
 * <p>Keysets are Tink's: AES-256-GCM for short secrets, AES-256-GCM-HKDF streaming for files. A
 * keyset holds old keys beside its primary, so {@link #rotate} adds a new primary and everything
 * written before stays readable.
 */
public final class KeyDirectory {
    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
            MacConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path dir;

    private KeyDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public static KeyDirectory at(Path dir) {
        return new KeyDirectory(dir);
    }

    /**
     * Where the keys of a data directory live when DCIM_KEYS_DIR is not set: beside it, never in it
     * ({@code data} → {@code data-keys}).
     */
    public static Path besideDataDir(Path dataDir) {
        Path abs = dataDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-keys");
    }

    public Path dir() {
        return dir;
    }

    /** AES-256-GCM for secrets kept in the database (device communities, passwords). */
    public Aead aead(String name) {
        return keyset(name, PredefinedAeadParameters.AES256_GCM, Aead.class);
    }

    /** AES-256-GCM-HKDF streaming encryption for files (backups). */
    /** HMAC-SHA256 with a 256-bit tag (signed links of messages). */
    public Mac mac(String name) {
        return keyset(name, PredefinedMacParameters.HMAC_SHA256_256BITTAG, Mac.class);
    }

    public StreamingAead streamingAead(String name) {
        return keyset(name, PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB, StreamingAead.class);
    }

    /**
     * A key file of another program's format (MariaDB's file key management), made once by
     * {@code content} and never rewritten: a new key would make the data it encrypted unreadable.
     */
    public Path file(String name, Supplier<String> content) {
        Path file = dir.resolve(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            writeOnce(file, content.get());
        }
        return file;
    }

    /**
     * A binary key file (a PKCS12 key store of the TLS listeners), made once by {@code content} with
     * mode 0600 and kept: the certificate devices and browsers were told to trust stays the same.
     */
    public Path binaryFile(String name, Supplier<byte[]> content) {
        Path file = dir.resolve(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            writeOnce(file, content.get());
        }
        return file;
    }

    /** Adds a new primary key to a keyset; data written with the older keys stays readable. */
    public synchronized void rotate(String name) {
        Path file = keysetFile(name);
        try {
            KeysetHandle current = read(file);
            Parameters parameters = current.getPrimary().getKey().getParameters();
            KeysetHandle rotated = KeysetHandle.newBuilder(current)
                    .addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId().makePrimary())
                    .build();
            Path next = dir.resolve(name + ".keyset.json.new");
            Files.deleteIfExists(next);
            writeOnce(next, TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get()));
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rotate the key " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot rotate the key " + file + ": " + e.getMessage(), e);
        }
    }

    private synchronized <P> P keyset(String name, Parameters parameters, Class<P> primitive) {
        Path file = keysetFile(name);
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                KeysetHandle fresh = KeysetHandle.generateNew(parameters);
                writeOnce(file, TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get()));
            }
            return read(file).getPrimitive(RegistryConfiguration.get(), primitive);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key " + file + " is not a valid keyset: " + e.getMessage(), e);
        }
    }

    private Path keysetFile(String name) {
        if (!name.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("not a key name: " + name);
        }
        return dir.resolve(name + ".keyset.json");
    }

    private static KeysetHandle read(Path file) throws IOException, GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
    }

    private void writeOnce(Path file, String content) {
        writeOnce(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private void writeOnce(Path file, byte[] content) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                OwnerOnly.restrict(dir);
            }
            // created with 0600 before the first byte is written, so the key is never readable by others
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            // another process of the same installation made it first; theirs is the key
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key " + file + ": " + e.getMessage(), e);
        }
    }
}

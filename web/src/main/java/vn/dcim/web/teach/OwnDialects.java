package vn.dcim.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.mqtt.dialect.Dialect;
import vn.dcim.mqtt.dialect.DialectDirectory;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.DialectException;
import vn.dcim.mqtt.dialect.DialectLoader;
import vn.dcim.mqtt.dialect.DialectSettings;
import vn.dcim.mqtt.dialect.OwnDialectFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The centre's own dialects in DCIM_DIALECTS_DIR: listed as the loader checks them, exported to another centre, and
 * read again into the running bridge after a change.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OwnDialects {
    private static final Logger LOG = LoggerFactory.getLogger(OwnDialects.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final String VECTORS = ".jsonl";

    private final DialectEngine engine;
    private final DialectSettings settings;
    private final DialectDirectory directory;
    private final OwnDialectFiles dialectFiles;

    /**
     * A dialect in the centre's directory. {@code problem} is why the file as it is now cannot be used; with
     * {@code previousInForce} the bridge still reads the file's last usable version (dialect and topics are that
     * version's), so a mistyped edit is shown as refused, not as a dialect that stopped.
     */
    @Serdeable
    public record OwnDialect(String dialect, String file, List<String> topics, boolean hasVector, boolean loaded,
                             @Nullable String problem, boolean previousInForce) {
    }

    /** Reads the shipped dialects and the directory again and hands them to the engine; the topic filters it now subscribes to as well. */
    public synchronized List<String> reload() {
        return directory.reload();
    }

    /** The dialects of DCIM_DIALECTS_DIR, each checked as the loader checks it. */
    public List<OwnDialect> own() {
        String d = settings.getDir();
        if (d == null || d.isBlank() || !Files.isDirectory(Path.of(d))) {
            return List.of();
        }
        Set<String> loaded = new HashSet<>();
        engine.dialects().forEach(x -> loaded.add(x.name()));
        List<OwnDialect> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(d))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String stem = p.getFileName().toString().replaceFirst("\\.yaml$", "");
                boolean vector = Files.exists(p.resolveSibling(stem + VECTORS));
                try {
                    Dialect x = DialectLoader.file(p);
                    out.add(new OwnDialect(x.name(), p.getFileName().toString(), topics(x), vector, loaded.contains(x.name()), null, false));
                } catch (DialectException e) {
                    Dialect kept = dialectFiles.inForce(p.getFileName().toString()).filter(k -> loaded.contains(k.name())).orElse(null);
                    out.add(kept == null
                            ? new OwnDialect(stem, p.getFileName().toString(), List.of(), vector, false, e.getMessage(), false)
                            : new OwnDialect(kept.name(), p.getFileName().toString(), topics(kept), vector, true, e.getMessage(), true));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", d, e.getMessage());
        }
        return out;
    }

    private static List<String> topics(Dialect d) {
        return d.topics().stream().map(f -> f.filter()).toList();
    }

    /** A zip of {@code <name>.yaml} and its vector file, to give another centre (it drops both in its DCIM_DIALECTS_DIR). */
    public byte[] export(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new NotFoundException("dialect file", name);
        }
        Path dir = directory();
        Path yaml = TeachService.inside(dir, name + ".yaml");
        if (!Files.isRegularFile(yaml)) {
            throw new NotFoundException("dialect file", name);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path p : List.of(yaml, TeachService.inside(dir, name + VECTORS))) {
                if (Files.isRegularFile(p)) {
                    zip.putNextEntry(new ZipEntry(p.getFileName().toString()));
                    zip.write(Files.readAllBytes(p));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new NotFoundException("dialect file", name);
        }
        return bytes.toByteArray();
    }

    /** The directory of the centre's dialects; refused when DCIM_DIALECTS_DIR is not set. */
    Path directory() {
        Path d = dirOrNull();
        if (d == null) {
            throw new ConflictException("name", "DCIM_DIALECTS_DIR is not set: the product has no directory for its own dialects")
                    .explained("teach.error.no-directory");
        }
        return d;
    }

    @Nullable Path dirOrNull() {
        String d = settings.getDir();
        return d == null || d.isBlank() ? null : Path.of(d).toAbsolutePath().normalize();
    }
}

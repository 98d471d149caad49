package vn.dcim.mqtt.dialect;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.files.DirectoryStamp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The user's dialect files (DCIM_DIALECTS_DIR) as this instance last read them. Read again while the product runs,
 * a file that was usable and is broken now keeps its previous version in force (a half-copied or mistyped file never
 * stops a device being read), logged and counted once per version met; a file removed is gone. Several instances
 * reading one directory (a second bridge, a remote collector) each read it on their own.
 */
@Singleton
public class OwnDialectFiles {
    private static final Logger LOG = LoggerFactory.getLogger(OwnDialectFiles.class);

    private final Path dir;
    private final AtomicLong refused = new AtomicLong();
    private Map<String, Dialect> usable = Map.of();
    private List<String> refusals = List.of();
    private DirectoryStamp stamp = DirectoryStamp.EMPTY;

    public OwnDialectFiles(DialectSettings settings) {
        String d = settings.getDir();
        this.dir = d == null || d.isBlank() ? null : Path.of(d);
    }

    /** Whether a file was added, changed or removed since the last {@link #read()}. */
    public synchronized boolean changed() {
        return !stampNow().equals(stamp);
    }

    /** Every usable dialect of the directory, sorted by file name, each broken file in its last usable version if it had one. */
    public synchronized List<Dialect> read() {
        DirectoryStamp now = stampNow();
        Map<String, Dialect> good = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (Path p : files()) {
            String name = p.getFileName().toString();
            try {
                good.put(name, DialectLoader.file(p));
            } catch (DialectException e) {
                Dialect kept = usable.get(name);
                if (kept != null) {
                    good.put(name, kept);
                    reasons.add(e.getMessage() + "; its previous version stays in force");
                } else {
                    reasons.add(e.getMessage());
                }
            }
        }
        Set<String> known = new HashSet<>(refusals);
        for (String r : reasons) {
            if (!known.contains(r)) {
                // counted when the broken version appears, not at each look that finds it still there
                refused.incrementAndGet();
                LOG.error("Dialect file refused: {}", r);
            }
        }
        usable = Map.copyOf(good);
        refusals = List.copyOf(reasons);
        stamp = now;
        return List.copyOf(good.values());
    }

    /**
     * The dialect a file of the directory gave at the last read: its current version, or, when the file is broken
     * now, the last usable version that stays in force; empty for a file never usable (or not read yet).
     */
    public synchronized Optional<Dialect> inForce(String fileName) {
        return Optional.ofNullable(usable.get(fileName));
    }

    /** The reasons the files of the last read were refused for ("file:line: why"). */
    public synchronized List<String> refusals() {
        return refusals;
    }

    /** Dialect files refused since the start, each version once. */
    public long refused() {
        return refused.get();
    }

    private DirectoryStamp stampNow() {
        return DirectoryStamp.of(dir, ".yaml", ".yml");
    }

    private List<Path> files() {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            LOG.error("Dialect directory {} cannot be listed: {}", dir, e.getMessage());
            return List.of();
        }
    }
}

package vn.dcim.snmp.profile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The centre's own SNMP profiles beside the shipped ones: a model nobody shipped a profile for is read once a
 * technician writes one (docs/profiles.md) and drops it in the profiles directory. A centre's profile with the name
 * of a shipped one replaces it (a firmware that numbers its table otherwise). A file that cannot be used is left out,
 * logged with its reason and listed in {@link #rejected()}: one bad file never keeps the others or the poller from
 * starting. Read again while the product runs ({@link #load(Path, CentreProfiles)}), a file that was usable before and
 * is broken now keeps its previous version in force: a half-edited profile never stops a model being read.
 */
public final class CentreProfiles {
    private static final Logger LOG = LoggerFactory.getLogger(CentreProfiles.class);
    /** More than any centre writes by hand; what a directory filled by mistake is held to. */
    static final int MAX_FILES = 500;
    /** A profile is a few kB; a file beyond this is not one. */
    static final long MAX_FILE_BYTES = 1 << 20;

    private final ProfileCatalog catalog;
    private final List<String> own;
    private final List<String> rejected;
    /** The profile each file gave when last usable, by file name: what stays in force when it breaks. */
    private final Map<String, Profile> byFile;

    private CentreProfiles(ProfileCatalog catalog, List<String> own, List<String> rejected, Map<String, Profile> byFile) {
        this.catalog = catalog;
        this.own = own;
        this.rejected = rejected;
        this.byFile = byFile;
    }

    /** The shipped profiles with the usable ones of {@code dir} (none when it is null or does not exist). */
    public static CentreProfiles load(Path dir) {
        return load(dir, null);
    }

    /**
     * As {@link #load(Path)}, read again while the product runs: a file refused now whose earlier version
     * {@code previous} held stays in force in that version (listed in {@link #rejected()} as such); a file removed
     * from the directory is gone.
     */
    public static CentreProfiles load(Path dir, CentreProfiles previous) {
        ProfileCatalog shipped = ProfileCatalog.load();
        if (dir == null || !Files.isDirectory(dir)) {
            return new CentreProfiles(shipped, List.of(), List.of(), Map.of());
        }
        Map<String, Profile> before = previous == null ? Map.of() : previous.byFile;
        Map<String, Profile> usable = new LinkedHashMap<>();
        Map<String, Profile> byName = new LinkedHashMap<>();
        shipped.all().forEach(p -> byName.put(p.name(), p));
        List<String> own = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Path file : files(dir, rejected)) {
            try {
                Profile p = read(file);
                for (String overridden : p.overrides()) {
                    if (!byName.containsKey(overridden)) {
                        throw new ProfileException(file.getFileName() + ": overrides unknown profile '" + overridden + "'");
                    }
                }
                if (own.contains(p.name())) {
                    throw new ProfileException(file.getFileName() + ": another file of the directory is already named '" + p.name() + "'");
                }
                byName.put(p.name(), p);
                own.add(p.name());
                usable.put(file.getFileName().toString(), p);
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s*\\R\\s*", " ");
                Profile kept = before.get(file.getFileName().toString());
                if (kept != null && !own.contains(kept.name())) {
                    byName.put(kept.name(), kept);
                    own.add(kept.name());
                    usable.put(file.getFileName().toString(), kept);
                    rejected.add(file.getFileName() + ": " + reason + "; its previous version stays in force");
                    LOG.warn("SNMP profile {} refused, its previous version stays in force: {}", file, reason);
                } else {
                    rejected.add(file.getFileName() + ": " + reason);
                    LOG.warn("SNMP profile {} left out: {}", file, reason);
                }
            }
        }
        if (!own.isEmpty()) {
            LOG.info("SNMP profiles of the centre from {}: {}", dir, String.join(", ", own));
        }
        return new CentreProfiles(ProfileCatalog.of(new ArrayList<>(byName.values())), List.copyOf(own), List.copyOf(rejected),
                Map.copyOf(usable));
    }

    /** One file read as the poller would read it; a {@link ProfileException} names what is wrong. */
    public static Profile read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new ProfileException(file.getFileName() + ": larger than " + MAX_FILE_BYTES + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ProfileReader.read(file.getFileName().toString(), in);
        } catch (ProfileException e) {
            throw e;
        } catch (RuntimeException e) {
            // SnakeYAML's own errors (a tab, an unclosed quote) name the line
            throw new ProfileException(file.getFileName() + ": not readable YAML: " + e.getMessage());
        }
    }

    public ProfileCatalog catalog() {
        return catalog;
    }

    /** The names of the centre's own profiles in use. */
    public List<String> own() {
        return own;
    }

    /** "file: reason" of each file left out. */
    public List<String> rejected() {
        return rejected;
    }

    private static List<Path> files(Path dir, List<String> rejected) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
            if (all.size() > MAX_FILES) {
                rejected.add(dir + ": " + all.size() + " files, the first " + MAX_FILES + " read");
                LOG.warn("SNMP profiles directory {} holds {} files: the first {} are read", dir, all.size(), MAX_FILES);
                return all.stream().limit(MAX_FILES).toList();
            }
            return all;
        } catch (IOException e) {
            rejected.add(dir + ": " + e.getMessage());
            LOG.warn("SNMP profiles directory {} not readable: {}", dir, e.getMessage());
            return List.of();
        }
    }
}

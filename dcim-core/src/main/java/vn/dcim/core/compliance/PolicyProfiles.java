package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import lombok.extern.slf4j.Slf4j;
import vn.dcim.core.error.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The selectable policy profiles: the product's own (compliance/profiles/*.yml) and the files an operator puts
 * in dcim.compliance.profile-dir (DCIM_COMPLIANCE_PROFILE_DIR). The one the whole installation uses is chosen by
 * dcim.compliance.profile (DCIM_COMPLIANCE_PROFILE); a centre may be judged by another (the centre register).
 * A profile answers to its id and to its former names, so bac-kan still selects QĐ 11/2023 of Bắc Kạn.
 */
@Slf4j
@Singleton
public class PolicyProfiles {
    /** The product's own profiles, the default first: the numbers it has are the ones every profile must give. */
    public static final List<String> IDS = List.of("qd-11-2023-bac-kan", "qd-59-2024-an-giang", "qd-05-2016-hung-yen",
            "du-thao-2017-tp-kon-tum");
    private final Map<String, PolicyProfile> profiles = new LinkedHashMap<>();
    private final List<ProfileFile.Invalid> rejected = new ArrayList<>();
    private final PolicyProfile selected;

    PolicyProfiles(@Value("${dcim.compliance.profile:qd-11-2023-bac-kan}") String selected,
                   @Nullable @Value("${dcim.compliance.profile-dir:}") String dir) {
        builtIn().forEach(this::add);
        if (dir != null && !dir.isBlank()) {
            readDirectory(Path.of(dir));
        }
        this.selected = find(selected).orElseThrow(() -> new IllegalStateException("dcim.compliance.profile=" + selected
                + " is not one of " + profiles.keySet() + " nor one of their former names"));
    }

    public PolicyProfile selected() {
        return selected;
    }

    public List<PolicyProfile> all() {
        return List.copyOf(profiles.values());
    }

    /** The profile with this id or former name. */
    public Optional<PolicyProfile> find(String idOrAlias) {
        return profiles.values().stream().filter(p -> p.answersTo(idOrAlias)).findFirst();
    }

    public PolicyProfile get(String idOrAlias) {
        return find(idOrAlias).orElseThrow(() -> new NotFoundException("compliance profile", idOrAlias));
    }

    /** The files of the profile directory that were not loaded, each with its problems (also logged at start). */
    public List<ProfileFile.Invalid> rejected() {
        return List.copyOf(rejected);
    }

    /**
     * Checks a profile file as the directory would load it: the same rules, and its id and former names must not be
     * taken by another profile. Answers the profile; throws {@link ProfileFile.Invalid} with every problem.
     */
    public PolicyProfile check(String source, String text) {
        PolicyProfile p = ProfileFile.parse(source, text, profiles.get(IDS.get(0)).values().keySet());
        List<String> clashes = Stream.concat(Stream.of(p.id()), p.aliases().stream())
                .flatMap(name -> find(name).map(other -> "'" + name + "' already names the profile " + other.id()).stream())
                .toList();
        if (!clashes.isEmpty()) {
            throw new ProfileFile.Invalid(source, clashes);
        }
        return p;
    }

    private void readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            log.warn("dcim.compliance.profile-dir={} is not a directory: no profile files loaded", dir);
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    add(check(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
                } catch (ProfileFile.Invalid e) {
                    // one bad file does not stop the centre: the others load, and the profiles page lists what was refused
                    rejected.add(e);
                    log.warn("compliance profile file refused: {}", e.getMessage());
                } catch (IOException | UncheckedIOException e) {
                    rejected.add(new ProfileFile.Invalid(f.getFileName().toString(), List.of("unreadable: " + e.getMessage())));
                    log.warn("compliance profile file {} unreadable: {}", f, e.getMessage());
                }
            }
        } catch (IOException e) {
            log.warn("dcim.compliance.profile-dir={} unreadable: {}", dir, e.getMessage());
        }
        log.info("compliance profiles: {} loaded, {} files refused", profiles.size(), rejected.size());
    }

    private void add(PolicyProfile p) {
        profiles.put(p.id(), p);
    }

    /** The product's own profiles, the default first. */
    static List<PolicyProfile> builtIn() {
        PolicyProfile base = read(IDS.get(0), null);
        List<PolicyProfile> all = new ArrayList<>(List.of(base));
        IDS.stream().skip(1).forEach(id -> all.add(read(id, base.values().keySet())));
        return all;
    }

    /** One of the product's own profiles by id or former name. */
    static PolicyProfile load(String idOrAlias) {
        return builtIn().stream().filter(p -> p.answersTo(idOrAlias)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no built-in compliance profile " + idOrAlias));
    }

    private static PolicyProfile read(String id, @Nullable java.util.Collection<String> keys) {
        String resource = "compliance/profiles/" + id + ".yml";
        try (InputStream in = PolicyProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return ProfileFile.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

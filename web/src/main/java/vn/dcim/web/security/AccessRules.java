package vn.dcim.web.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.dcim.core.account.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The access table of {@code security/access.yml} (Art. 16.1): per API endpoint group and per screen,
 * who may look and who may change. Data, so a site reviews it without reading code.
 */
@Singleton
public class AccessRules {
    /** Any signed-in person with a real role (not a session that must first change its password or give its code). */
    public static final String ANY = "any";

    /** Who may read and who may write. */
    public record Grant(Set<String> read, Set<String> write) {
        public boolean allows(Collection<String> rights, boolean writing) {
            Set<String> allowed = writing ? write : read;
            return rights.stream().anyMatch(r -> allowed.contains(r)
                    || (allowed.contains(ANY) && !Role.ONE_STEP_RIGHTS.contains(r)));
        }
    }

    private final List<String> open;
    private final Map<String, Grant> api;
    private final Map<String, Grant> screens;

    AccessRules() {
        try (InputStream in = AccessRules.class.getResourceAsStream("/security/access.yml")) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            this.open = ((List<?>) doc.get("open")).stream().map(String::valueOf).toList();
            this.api = grants(doc.get("api"));
            this.screens = grants(doc.get("screens"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Grant> grants(Object section) {
        Map<String, Grant> grants = new LinkedHashMap<>();
        ((Map<?, ?>) section).forEach((k, v) -> {
            Map<?, ?> m = (Map<?, ?>) v;
            grants.put(String.valueOf(k), new Grant(names(m.get("read")), names(m.get("write"))));
        });
        return grants;
    }

    private static Set<String> names(Object list) {
        Set<String> names = list == null ? Set.of() : ((List<?>) list).stream().map(String::valueOf).collect(Collectors.toSet());
        names.stream().filter(n -> !n.equals(ANY) && !Role.ONE_STEP_RIGHTS.contains(n) && Role.parse(n).isEmpty())
                .findAny().ifPresent(n -> {
                    throw new IllegalStateException("security/access.yml names an unknown role: " + n);
                });
        return names;
    }

    public boolean open(String path) {
        return open.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    /** The grant of an API endpoint group; empty for a group nobody listed (refused). */
    public Optional<Grant> api(String group) {
        return Optional.ofNullable(api.get(group));
    }

    public Set<String> apiGroups() {
        return api.keySet();
    }

    /**
     * Whether the signed-in person of a request may change through an API endpoint group: what a screen asks
     * before it shows the forms and buttons whose changes that group's endpoints take.
     */
    public boolean mayChange(HttpRequest<?> request, String group) {
        return SignedIn.of(request).map(a -> api(group).map(g -> g.allows(a.getRoles(), true)).orElse(false)).orElse(false);
    }

    /** Whether the signed-in person of a request may read through an API endpoint group: what a screen asks before it shows that group's data. */
    public boolean mayRead(HttpRequest<?> request, String group) {
        return SignedIn.of(request).map(a -> api(group).map(g -> g.allows(a.getRoles(), false)).orElse(false)).orElse(false);
    }

    /** The grant of a screen: the longest listed prefix; "/" is the dashboard alone. */
    public Optional<Grant> screen(String path) {
        return screens.entrySet().stream()
                .filter(e -> covers(e.getKey(), path))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private static boolean covers(String prefix, String path) {
        if (prefix.equals("/")) {
            return path.equals("/");
        }
        String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return path.equals(base) || path.startsWith(base + "/");
    }
}

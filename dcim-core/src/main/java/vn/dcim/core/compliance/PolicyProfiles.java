package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The selectable policy profiles; the one in use is chosen by dcim.compliance.profile (DCIM_COMPLIANCE_PROFILE). */
@Singleton
public class PolicyProfiles {
    public static final List<String> IDS = List.of("bac-kan", "an-giang", "hung-yen", "kon-tum");
    private final Map<String, PolicyProfile> profiles = new LinkedHashMap<>();
    private final PolicyProfile selected;

    PolicyProfiles(@Value("${dcim.compliance.profile:bac-kan}") String selected) {
        for (String id : IDS) {
            profiles.put(id, load(id));
        }
        this.selected = profiles.get(selected);
        if (this.selected == null) {
            throw new IllegalStateException("dcim.compliance.profile=" + selected + " is not one of " + IDS);
        }
    }

    public PolicyProfile selected() {
        return selected;
    }

    public List<PolicyProfile> all() {
        return List.copyOf(profiles.values());
    }

    @SuppressWarnings("unchecked")
    static PolicyProfile load(String id) {
        String resource = "compliance/profiles/" + id + ".yml";
        try (InputStream in = PolicyProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            Map<String, Object> doc = new Yaml().load(in);
            Map<String, PolicyProfile.Setting> values = new LinkedHashMap<>();
            ((Map<String, Map<String, Object>>) doc.get("values")).forEach((k, v) ->
                    values.put(k, new PolicyProfile.Setting(((Number) v.get("value")).doubleValue(), (String) v.get("article"))));
            return new PolicyProfile((String) doc.get("id"), (String) doc.get("name"), (List<String>) doc.get("texts"),
                    Boolean.TRUE.equals(doc.get("draft")), values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

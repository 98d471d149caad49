package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import vn.dcim.core.text.BundledYaml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The known chains of alarms (incidents/chains.yml), read once at start. */
@Singleton
class IncidentChains {
    static final String RESOURCE = "incidents/chains.yml";
    /** Alarms outside any chain still join an incident of the same device within this window. */
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);

    private final List<IncidentChain> chains;
    private final Set<String> lostContact;

    IncidentChains() {
        this.chains = load(RESOURCE);
        this.lostContact = lostContact(RESOURCE);
    }

    /** QĐ 11/2023 Điều 13 khoản 2: an alarm of this rule only says one device cannot be reached; alone it is ordinary. */
    boolean onlyLostContact(String ruleId) {
        return lostContact.contains(ruleId);
    }

    Optional<IncidentChain> chainOf(String ruleId) {
        return chains.stream().filter(c -> c.contains(ruleId)).findFirst();
    }

    /** The chains an alarm of this rule may join as a consequence, never opening them. */
    List<IncidentChain> consequenceOf(String ruleId) {
        return chains.stream().filter(c -> c.hasConsequence(ruleId)).toList();
    }

    Optional<IncidentChain> byId(String id) {
        return chains.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @SuppressWarnings("unchecked")
    static Set<String> lostContact(String resource) {
        return BundledYaml.read(resource, "lost-contact rules of", doc -> Set.copyOf((List<String>) doc.getOrDefault("lostContact", List.of())));
    }

    static List<IncidentChain> load(String resource) {
        return BundledYaml.entries(resource, "chains", "incident chains", IncidentChains::chain);
    }

    @SuppressWarnings("unchecked")
    private static IncidentChain chain(Map<String, Object> m) {
        List<java.util.Set<String>> halting = new ArrayList<>();
        for (List<String> combination : (List<List<String>>) m.getOrDefault("especiallySeriousWhen", List.of())) {
            halting.add(new HashSet<>(combination));
        }
        return new IncidentChain((String) m.get("id"), (String) m.get("title"),
                Duration.ofSeconds(((Number) m.get("window")).longValue()),
                new HashSet<>((List<String>) m.get("rules")), halting,
                IncidentChain.Relation.valueOf((String) m.get("relation")),
                new HashSet<>((List<String>) m.getOrDefault("consequences", List.of())));
    }
}

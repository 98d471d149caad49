package vn.dcim.core.suppression;

import jakarta.inject.Singleton;
import vn.dcim.core.text.BundledYaml;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which alarm of a parent explains which alarm of a child (suppression/symptoms.yml), read once at start. */
@Singleton
class SymptomRules {
    static final String RESOURCE = "suppression/symptoms.yml";

    /**
     * How the parent is related to the device: feeds it, reaches it, is the device itself (its own drop explains the
     * rest), or is its site (the site's grid lost explains what its backup does meanwhile).
     */
    enum Through { power, reached, self, site }

    record Explanation(String id, String article, Through through, Set<String> parent, Set<String> child) {
    }

    private final List<Explanation> explanations;
    private final Set<String> toldBeforeTheirCause;

    SymptomRules() {
        this(RESOURCE);
    }

    SymptomRules(String resource) {
        this.explanations = load(resource);
        this.toldBeforeTheirCause = toldBefore(resource, explanations);
    }

    List<Explanation> explanations() {
        return explanations;
    }

    /** The parent rules that explain a child's alarm of this rule when the parent is related this way; empty: none. */
    Set<String> explaining(String childRule, Through through) {
        Set<String> out = new java.util.HashSet<>();
        explanations.stream().filter(e -> e.through() == through && e.child().contains(childRule)).forEach(e -> out.addAll(e.parent()));
        return out;
    }

    /** The device's own rules that an alarm of this rule explains on the same device (never the rule itself). */
    Set<String> explainedOnTheDevice(String parentRule) {
        Set<String> out = new java.util.HashSet<>();
        explanations.stream().filter(e -> e.through() == Through.self && e.parent().contains(parentRule)).forEach(e -> out.addAll(e.child()));
        out.remove(parentRule);
        return out;
    }

    /** The rules of the devices of a site that an alarm of the site of this rule explains (grid lost: the UPSs on battery). */
    Set<String> explainedOnTheSite(String parentRule) {
        Set<String> out = new java.util.HashSet<>();
        explanations.stream().filter(e -> e.through() == Through.site && e.parent().contains(parentRule)).forEach(e -> out.addAll(e.child()));
        return out;
    }

    /**
     * The rules whose cause is often told after them (toldBeforeTheirCause: a video loss before the camera's drop, a
     * UPS on battery before the site's grid lost): their alarm waits for its cause before it is notified on its own.
     */
    Set<String> awaitingTheirCause() {
        return toldBeforeTheirCause;
    }

    /** Every rule some explanation of this kind holds as a child. */
    Set<String> childrenOf(Through through) {
        Set<String> out = new java.util.HashSet<>();
        explanations.stream().filter(e -> e.through() == through).forEach(e -> out.addAll(e.child()));
        return Set.copyOf(out);
    }

    boolean mayBeSymptom(String childRule) {
        return explanations.stream().anyMatch(e -> e.child().contains(childRule));
    }

    /** toldBeforeTheirCause, each a child of some explanation (a rule nothing explains would wait for nothing). */
    @SuppressWarnings("unchecked")
    private static Set<String> toldBefore(String resource, List<Explanation> explanations) {
        Set<String> out = BundledYaml.read(resource, "symptom rules", doc -> Set.copyOf((List<String>) doc.getOrDefault("toldBeforeTheirCause", List.of())));
        for (String rule : out) {
            if (explanations.stream().noneMatch(e -> e.child().contains(rule))) {
                throw new IllegalStateException("toldBeforeTheirCause names " + rule + ", which no explanation holds as a child");
            }
        }
        return out;
    }

    static List<Explanation> load(String resource) {
        return BundledYaml.entries(resource, "explanations", "symptom rules", SymptomRules::explanation);
    }

    @SuppressWarnings("unchecked")
    private static Explanation explanation(Map<String, Object> m) {
        Explanation e = new Explanation((String) m.get("id"), (String) m.get("article"), Through.valueOf((String) m.get("through")),
                Set.copyOf((List<String>) m.get("parent")), Set.copyOf((List<String>) m.get("child")));
        if (e.id() == null || e.article() == null || e.parent().isEmpty() || e.child().isEmpty()) {
            throw new IllegalArgumentException("an explanation needs id, article, parent and child rules: " + m);
        }
        return e;
    }
}

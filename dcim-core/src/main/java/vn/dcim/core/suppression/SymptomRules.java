package vn.dcim.core.suppression;

import jakarta.inject.Singleton;
import vn.dcim.core.text.BundledYaml;

import java.io.IOException;
import java.util.ArrayList;
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

    SymptomRules() {
        this(RESOURCE);
    }

    SymptomRules(String resource) {
        this.explanations = load(resource);
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
     * The rules whose cause is often told after them: what a device's drop explains but is no drop itself (video
     * loss, recording, stale; a camera's offline and its unreachable are each a drop: whichever comes first is the
     * root), and what a site's grid loss explains (a UPS on battery is polled before the ATS shows the lost feed).
     */
    Set<String> awaitingTheirCause() {
        Set<String> out = new java.util.HashSet<>(childrenOf(Through.self));
        explanations.stream().filter(e -> e.through() == Through.self).forEach(e -> out.removeAll(e.parent()));
        out.addAll(childrenOf(Through.site));
        return Set.copyOf(out);
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

    @SuppressWarnings("unchecked")
    static List<Explanation> load(String resource) {
        try {
            List<Explanation> out = new ArrayList<>();
            for (Map<String, Object> m : BundledYaml.entries(resource, "explanations")) {
                Explanation e = new Explanation((String) m.get("id"), (String) m.get("article"), Through.valueOf((String) m.get("through")),
                        Set.copyOf((List<String>) m.get("parent")), Set.copyOf((List<String>) m.get("child")));
                if (e.id() == null || e.article() == null || e.parent().isEmpty() || e.child().isEmpty()) {
                    throw new IllegalArgumentException("an explanation needs id, article, parent and child rules: " + m);
                }
                out.add(e);
            }
            return List.copyOf(out);
        } catch (IOException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not read the symptom rules " + resource + ": " + e, e);
        }
    }
}

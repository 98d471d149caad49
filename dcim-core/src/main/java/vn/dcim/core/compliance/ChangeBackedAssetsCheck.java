package vn.dcim.core.compliance;

import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.change.ChangeFacts;
import vn.dcim.core.change.ChangeKind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static vn.dcim.core.compliance.CheckText.list;
import static vn.dcim.core.compliance.Said.said;

/**
 * Equipment in a state only a signed-off change may bring it to (an agency's server in a rack, a disposed device):
 * every such asset has a done change of the kinds that bring it there; with none in that state there is nothing to
 * judge. The sentences are the check's own, under "compliance.s.KEY": ".none", ".ok" with the assets judged, ".bad"
 * with those without a change, the assets judged and their names.
 */
abstract class ChangeBackedAssetsCheck extends KeyedCheck {
    private static final Evidence CHANGES = Evidence.link("compliance.ev.changes", "changes", "/ui/changes");
    private final AssetRegistry registry;
    private final ChangeFacts facts;
    private final Predicate<Asset> judged;
    private final Set<ChangeKind> backedBy;
    private final Sentences sentences;

    /** The check's English sentences: none judged, all backed, some not (their MessageFormat arguments above). */
    record Sentences(String none, String ok, String bad) {
    }

    ChangeBackedAssetsCheck(String key, AssetRegistry registry, ChangeFacts facts, Predicate<Asset> judged, Set<ChangeKind> backedBy,
                            Sentences sentences) {
        super(key);
        this.registry = registry;
        this.facts = facts;
        this.judged = judged;
        this.backedBy = EnumSet.copyOf(backedBy);
        this.sentences = sentences;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        String told = "compliance.s." + key();
        List<Asset> assets = registry.all().stream().filter(judged).toList();
        if (assets.isEmpty()) {
            return Judgement.noData(said(told + ".none", sentences.none()), CHANGES);
        }
        Set<Long> backed = facts.assetsDone(backedBy);
        List<Asset> without = assets.stream().filter(a -> !backed.contains(a.id())).toList();
        List<Evidence> evidence = Evidence.firstTen(without, a -> Evidence.of(a.name(), "/ui/assets/" + a.id()), CHANGES);
        return Judgement.of(without.isEmpty(), without.isEmpty()
                ? said(told + ".ok", sentences.ok(), assets.size())
                : said(told + ".bad", sentences.bad(), without.size(), assets.size(), list(without.stream().map(Asset::name).toList())), evidence);
    }
}

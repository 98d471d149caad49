package vn.dcim.core.compliance;

import vn.dcim.core.asset.AssetRecords;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A requirement on the asset register at the judged sites: no asset counted is no data; otherwise the requirement
 * holds when no asset is found wanting, and the first ten found are the evidence, one click each, then the list the
 * rule names. What is counted, what is wanting and the sentences are each rule's ({@link AssetRegisterChecks}).
 */
final class AssetRegisterCheck extends KeyedCheck implements SiteCheck {
    static final Evidence REGISTER = Evidence.link("compliance.ev.assets", "assets", "/ui/assets");

    private final Rule rule;

    /**
     * One requirement over the sites' ids (null: every site): {@code ok} is told the number counted, {@code bad} the
     * assets found wanting and the number counted; {@code wanting} is asked only when something was counted.
     */
    record Rule(ToIntFunction<Collection<String>> counted, Function<Collection<String>, List<AssetRecords.Entry>> wanting,
                Function<AssetRecords.Entry, Evidence> each, Evidence list, Said none, IntFunction<Said> ok,
                BiFunction<List<AssetRecords.Entry>, Integer, Said> bad) {
    }

    AssetRegisterCheck(String key, Rule rule) {
        super(key);
        this.rule = rule;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int counted = rule.counted().applyAsInt(sites.ids());
        if (counted == 0) {
            return Judgement.noData(rule.none(), REGISTER);
        }
        List<AssetRecords.Entry> found = rule.wanting().apply(sites.ids());
        return Judgement.of(found.isEmpty(), found.isEmpty() ? rule.ok().apply(counted) : rule.bad().apply(found, counted),
                Evidence.firstTen(found, rule.each(), rule.list()));
    }

    /** The names of the assets found, as a check says them. */
    static String names(List<AssetRecords.Entry> found) {
        return CheckText.list(found.stream().map(AssetRecords.Entry::name).toList());
    }
}

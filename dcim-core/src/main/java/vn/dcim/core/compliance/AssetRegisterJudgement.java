package vn.dcim.core.compliance;

import vn.dcim.core.asset.AssetRecords;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the checks over the asset register judge: no asset counted is no data; otherwise the
 * requirement holds when no asset is found wanting, and the first ten found are the evidence,
 * one click each, then the register itself.
 */
final class AssetRegisterJudgement {
    static final Evidence REGISTER = Evidence.link("compliance.ev.assets", "assets", "/ui/assets");

    private AssetRegisterJudgement() {
    }

    /**
     * @param counted the assets the requirement is about; when none, {@code none} is said
     * @param wanting asked only when something was counted
     * @param bad what is said of the assets found wanting
     */
    static Judgement judge(int counted, Said none, Supplier<List<AssetRecords.Entry>> wanting,
                           Function<AssetRecords.Entry, Evidence> each, Said ok,
                           Function<List<AssetRecords.Entry>, Said> bad) {
        if (counted == 0) {
            return Judgement.noData(none, REGISTER);
        }
        List<AssetRecords.Entry> found = wanting.get();
        return Judgement.of(found.isEmpty(), found.isEmpty() ? ok : bad.apply(found), Evidence.firstTen(found, each, REGISTER));
    }

    /** The names of the assets found, as a check says them. */
    static String names(List<AssetRecords.Entry> found) {
        return CheckText.list(found.stream().map(AssetRecords.Entry::name).toList());
    }
}

package vn.dcim.core.stocktake;

/** What a scanned label says at once: the asset is registered here, registered elsewhere, or no asset carries it. */
public enum ScanOutcome {
    found, misplaced, unknown
}

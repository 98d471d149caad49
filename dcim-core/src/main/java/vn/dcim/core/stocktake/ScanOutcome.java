package vn.dcim.core.stocktake;

/**
 * What a scanned label says at once: the asset is registered here, registered elsewhere, or no asset
 * carries it; {@code moved} is a misplaced scan whose asset the asset manager then moved to where it was found.
 */
public enum ScanOutcome {
    found, misplaced, unknown, moved
}

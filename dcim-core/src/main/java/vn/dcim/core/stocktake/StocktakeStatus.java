package vn.dcim.core.stocktake;

/** A stock-take takes scans while open; closed, its report is final. */
public enum StocktakeStatus {
    open, closed
}

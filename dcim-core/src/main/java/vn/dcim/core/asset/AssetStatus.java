package vn.dcim.core.asset;

/** Lifecycle of state property, from purchase plan to disposal. */
public enum AssetStatus {
    planned, in_service, faulty, under_repair, awaiting_disposal, disposed
}

package vn.dcim.core.maintenance;

/** Why the work is done: {@code planned} (a plan or a scheduled job, Art. 14.3) or {@code corrective} (a fault to repair). */
public enum WorkOrderKind {
    planned, corrective
}

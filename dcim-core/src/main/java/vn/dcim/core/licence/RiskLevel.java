package vn.dcim.core.licence;

/** A rating of one security requirement (Art. 10.2); ordered from least to most demanding. */
public enum RiskLevel {
    low, medium, high;

    public static RiskLevel highest(RiskLevel... levels) {
        RiskLevel max = low;
        for (RiskLevel l : levels) {
            if (l != null && l.ordinal() > max.ordinal()) {
                max = l;
            }
        }
        return max;
    }
}

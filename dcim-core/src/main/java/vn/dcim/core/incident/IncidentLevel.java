package vn.dcim.core.incident;

/** Art. 13.2: the three operational incident levels, by their effect on the center's operation. */
public enum IncidentLevel {
    /** Art. 13.2a: does not affect the center's operation; the operator handles it quickly. */
    ordinary,
    /** Art. 13.2b: directly affects the center's operation; reported at once to the management body. */
    serious,
    /** Art. 13.2c: halts the center; also a quick report to the provincial People's Committee. */
    especially_serious;

    public boolean atLeast(IncidentLevel other) {
        return compareTo(other) >= 0;
    }

    /** Art. 34.1 / QĐ 22/2021 Art. 9.1: the security scale suggested for this operational level. */
    public SecurityLevel suggestedSecurityLevel() {
        return switch (this) {
            case ordinary -> SecurityLevel.low;
            case serious -> SecurityLevel.high;
            case especially_serious -> SecurityLevel.serious;
        };
    }
}

package vn.dcim.core.change;

/**
 * What a change does to equipment (QĐ 11/2023 Điều 23 khoản 3: installing, connecting and removing need permission;
 * Điều 18: leaving through disposal). Install and move need a place in a rack; connect and disconnect need links.
 */
public enum ChangeKind {
    install, move, connect, disconnect, remove, dispose;

    /** Whether the change puts the equipment into a rack, so it needs a target rack and U. */
    public boolean places() {
        return this == install || this == move;
    }

    /** Whether the equipment leaves its rack. */
    public boolean unracks() {
        return this == move || this == remove || this == dispose;
    }
}

package vn.dcim.core.cabling;

/**
 * The kinds of termination a cable plugs into (NetBox's interface, front port, rear port, console
 * port, power port and power outlet). A power port draws, an outlet (of a PDU) supplies.
 */
public enum PortKind {
    interface_, front, rear, console, power_port, power_outlet;

    /** The stable lowercase name used in the API, the templates and the database. */
    public String code() {
        return this == interface_ ? "interface" : name();
    }

    public static PortKind ofCode(String code) {
        return "interface".equals(code) ? interface_ : valueOf(code);
    }

    public boolean power() {
        return this == power_port || this == power_outlet;
    }
}

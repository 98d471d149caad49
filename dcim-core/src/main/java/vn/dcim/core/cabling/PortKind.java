package vn.dcim.core.cabling;

import java.util.EnumSet;
import java.util.Set;

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

    /** A patch panel's side: its front and rear ports pass a link through rather than end it. */
    public boolean passThrough() {
        return this == front || this == rear;
    }

    /**
     * Whether a cable may join a port of this kind to one of {@code other} (NetBox's compatible terminations):
     * a power port to an outlet; an interface to an interface or a panel port; a console to a console or a
     * panel port; a panel port to any data port. A power port never meets a data port, two outlets never meet.
     */
    public boolean joins(PortKind other) {
        return partners().contains(other);
    }

    /** The kinds {@link #joins} accepts. */
    public Set<PortKind> partners() {
        return switch (this) {
            case power_port -> EnumSet.of(power_outlet);
            case power_outlet -> EnumSet.of(power_port);
            case interface_ -> EnumSet.of(interface_, front, rear);
            case console -> EnumSet.of(console, front, rear);
            case front, rear -> EnumSet.of(interface_, console, front, rear);
        };
    }
}

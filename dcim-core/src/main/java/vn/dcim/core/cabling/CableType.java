package vn.dcim.core.cabling;

/** Cable types (NetBox's cable types, the ones a provincial center uses); power ones join power ports to outlets. */
public enum CableType {
    cat5e, cat6, cat6a, cat7, om3, om4, os2, dac, aoc, mpo_trunk, power_c13, power_c19, power, usb, other;

    public boolean power() {
        return this == power_c13 || this == power_c19 || this == power;
    }
}

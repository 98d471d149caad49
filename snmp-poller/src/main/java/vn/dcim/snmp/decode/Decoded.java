package vn.dcim.snmp.decode;

/** A raw SNMP value turned into a reading value, or the reason it was refused. */
public record Decoded(Double value, String text, String rejection) {

    static Decoded value(double v, String text) {
        return new Decoded(v, text, null);
    }

    static Decoded rejected(String why) {
        return new Decoded(null, null, why);
    }

    public boolean ok() {
        return rejection == null;
    }
}

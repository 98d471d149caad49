package vn.dcim.snmp.decode;

/** A raw SNMP value turned into a reading value, or the reason it was refused. */
public record Decoded(Double value, String text, String rejection, Refusal refusal) {

    static Decoded value(double v, String text) {
        return new Decoded(v, text, null, null);
    }

    static Decoded rejected(Refusal why, String detail) {
        return new Decoded(null, null, detail, why);
    }

    public boolean ok() {
        return rejection == null;
    }
}

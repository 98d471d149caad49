package vn.dcim.snmp.decode;

import org.snmp4j.SNMP4JSettings;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.smi.AbstractVariable;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.SMIConstants;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.OptionalInt;

/**
 * An INTEGER as agents really send it. BER wants the fewest octets, but some embedded agents (and
 * snmpsim's pyasn1 0.4.8 for INT32_MIN: {@code 02 05 ff 80 00 00 00}) pad a value with redundant sign
 * octets. SNMP4J's {@link Integer32} refuses any INTEGER longer than 4 octets and with it the whole
 * response, so every other value in it is lost and the request ends as a timeout.
 * <p>
 * This one drops the redundant octets (ff before an octet with its top bit set, 00 before one
 * without) and keeps the value when it then fits in 32 bits. A value that really does not fit is
 * decoded too, but carries a {@link #rejection()} that {@link ValueDecoder} records for that one
 * variable, so the rest of the response is still read.
 * <p>
 * It takes the place of {@link Integer32} through SNMP4J's syntax registry: {@link #register()}.
 */
public class LenientInteger32 extends Integer32 {
    /** The system property SNMP4J reads its syntax registry's resource from. */
    static final String SYNTAXES_PROPERTY = "org.snmp4j.smisyntaxes";
    static final String SYNTAXES_RESOURCE = "/vn/dcim/snmp/decode/smisyntaxes.properties";

    private String rejection;

    public LenientInteger32() {
    }

    public LenientInteger32(int value) {
        super(value);
    }

    /**
     * Makes SNMP4J decode every INTEGER it receives, in this JVM, with this class: it turns on
     * SNMP4J's extensibility and names our registry, unless an operator named another one. SNMP4J
     * reads the registry once, on the first variable it decodes. With extensibility on, SNMP4J also
     * reads its security-protocol, address and transport lists from its own properties files; the
     * security-protocol list leaves out MD5 and SHA, so a client adds those itself.
     *
     * @return whether INTEGERs are now decoded leniently (false if another registry was already in use)
     */
    public static synchronized boolean register() {
        if (System.getProperty(SYNTAXES_PROPERTY) == null) {
            System.setProperty(SYNTAXES_PROPERTY, SYNTAXES_RESOURCE);
        }
        SNMP4JSettings.setExtensibilityEnabled(true);
        return AbstractVariable.createFromSyntax(SMIConstants.SYNTAX_INTEGER32) instanceof LenientInteger32;
    }

    @Override
    public void decodeBER(BERInputStream in) throws IOException {
        BER.MutableByte type = new BER.MutableByte();
        int length = BER.decodeHeader(in, type);
        if (type.getValue() != BER.ASN_INTEGER) {
            throw new IOException("Wrong type: not an INTEGER but " + type.getValue());
        }
        byte[] content = new byte[length];
        if (in.readNBytes(content, 0, length) != length) {
            throw new IOException("INTEGER of " + length + " octets cut short at position " + in.getPosition());
        }
        OptionalInt value = int32(content);
        setValue(value.orElse(0));
        rejection = value.isPresent() ? null : describeOutOfRange(content);
    }

    /**
     * The two's-complement value of an INTEGER's content octets, if it fits in 32 bits once the
     * redundant leading sign octets are dropped; empty if it does not (or there are no octets).
     */
    public static OptionalInt int32(byte[] content) {
        int start = 0;
        while (start < content.length - 1 && redundant(content[start], content[start + 1])) {
            start++;
        }
        if (content.length == 0 || content.length - start > 4) {
            return OptionalInt.empty();
        }
        int value = content[start]; // sign-extended
        for (int i = start + 1; i < content.length; i++) {
            value = (value << 8) | (content[i] & 0xff);
        }
        return OptionalInt.of(value);
    }

    private static boolean redundant(byte octet, byte next) {
        return (octet == (byte) 0xff && next < 0) || (octet == 0 && next >= 0);
    }

    private static String describeOutOfRange(byte[] content) {
        if (content.length == 0) {
            return "INTEGER without content octets";
        }
        String hex = HexFormat.ofDelimiter(" ").formatHex(content, 0, Math.min(content.length, 16))
                + (content.length > 16 ? " …" : "");
        String value = content.length <= 16 ? " = " + new BigInteger(content) : "";
        return "INTEGER of " + content.length + " octets (" + hex + ")" + value + " does not fit in 32 bits";
    }

    /** Why this INTEGER cannot be used, or null when its value is good. */
    public String rejection() {
        return rejection;
    }

    @Override
    public String toString() {
        return rejection == null ? super.toString() : "(" + rejection + ")";
    }

    @Override
    public Object clone() {
        LenientInteger32 copy = new LenientInteger32(getValue());
        copy.rejection = rejection;
        return copy;
    }
}

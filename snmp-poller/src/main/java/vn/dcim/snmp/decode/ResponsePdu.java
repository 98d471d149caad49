package vn.dcim.snmp.decode;

import org.snmp4j.PDU;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.smi.AbstractVariable;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Opaque;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.Target;
import org.snmp4j.util.PDUFactory;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;

/**
 * An SNMPv2c PDU as the poller receives it, decoded as SNMP4J decodes one, with one difference: each value's
 * object is made by a plain {@code new} for the syntaxes SNMP4J knows, instead of by reflection through its
 * syntax registry. With the registry on (it is how {@link LenientInteger32} reads padded INTEGERs), SNMP4J looks a
 * constructor up and copies it for every value it decodes: that was a tenth of what the poller allocated per
 * value read (bench/snmp, JFR). The syntaxes are those of SNMP4J's registry with INTEGER read leniently; any
 * other is left to SNMP4J.
 * <p>
 * A binding's value is put in place as SNMP4J's own decoding does, not through {@code setVariable}: that clones
 * the value (one more object per value), and a clone of a {@link LenientInteger32} is a plain Integer32 that has
 * lost why it was refused. Should a later SNMP4J name the field otherwise, SNMP4J decodes the whole PDU itself.
 */
public final class ResponsePdu extends PDU {
    private static final VarHandle VALUE = valueField();

    /** For {@code new MPv2c(ResponsePdu.FACTORY)}: the PDUs that message processing decodes incoming messages into. */
    public static final PDUFactory FACTORY = new PDUFactory() {
        @Override
        public PDU createPDU(Target<?> target) {
            return new ResponsePdu();
        }

        @Override
        public PDU createPDU(MessageProcessingModel messageProcessingModel) {
            return new ResponsePdu();
        }
    };

    @Override
    public void decodeBER(BERInputStream in) throws IOException {
        if (VALUE == null) {
            super.decodeBER(in);
            return;
        }
        BER.MutableByte pduType = new BER.MutableByte();
        int length = BER.decodeHeader(in, pduType);
        int start = (int) in.getPosition();
        switch (pduType.getValue()) {
            case PDU.GET, PDU.GETNEXT, PDU.RESPONSE, PDU.SET, PDU.GETBULK, PDU.INFORM, PDU.TRAP, PDU.REPORT -> {
            }
            default -> throw new IOException("Unsupported PDU type: " + pduType.getValue());
        }
        type = pduType.getValue();
        requestID.decodeBER(in);
        errorStatus.decodeBER(in);
        errorIndex.decodeBER(in);
        variableBindings = bindings(in);
        if (BER.isCheckSequenceLength()) {
            BER.checkSequenceLength(length, (int) in.getPosition() - start, this);
        }
    }

    private static ArrayList<VariableBinding> bindings(BERInputStream in) throws IOException {
        BER.MutableByte tag = new BER.MutableByte();
        int length = BER.decodeHeader(in, tag);
        if (tag.getValue() != BER.SEQUENCE) {
            throw new IOException("Encountered invalid tag, SEQUENCE expected: " + tag.getValue());
        }
        long start = in.getPosition();
        // a binding takes a dozen bytes at least: the list is seldom grown
        ArrayList<VariableBinding> out = new ArrayList<>(Math.max(4, length / 12));
        int[][] scratch = new int[1][];
        while (in.getPosition() - start < length) {
            out.add(binding(in, tag, scratch));
        }
        if (in.getPosition() - start != length) {
            throw new IOException("Length of VB sequence (" + length + ") does not match real length: " + (in.getPosition() - start));
        }
        return out;
    }

    private static VariableBinding binding(BERInputStream in, BER.MutableByte tag, int[][] scratch) throws IOException {
        int length = BER.decodeHeader(in, tag);
        long start = in.getPosition();
        if (tag.getValue() != BER.SEQUENCE) {
            throw new IOException("Invalid sequence encoding: " + tag.getValue());
        }
        VariableBinding vb = new VariableBinding();
        decodeOid(in, vb.getOid(), scratch);
        VALUE.set(vb, value(in));
        if (BER.isCheckSequenceLength()) {
            BER.checkSequenceLength(length, (int) (in.getPosition() - start), vb);
        }
        return vb;
    }

    /**
     * An OBJECT IDENTIFIER into {@code into}, as SNMP4J's {@code BER.decodeOID} reads it (the same checks, the same
     * first two arcs), into one array of its own length: SNMP4J fills an array as long as the encoding and two more,
     * then copies it shorter, and each binding's OID made a tenth of what the poller allocated per value read
     * (bench/snmp, JFR). The arcs are gathered in {@code scratch[0]}, reused for the PDU's bindings.
     */
    static void decodeOid(BERInputStream in, OID into, int[][] scratch) throws IOException {
        int tag = in.read();
        if (tag != BER.OID) {
            throw new IOException("Wrong type. Not an OID: " + tag + " at position " + in.getPosition());
        }
        int length = BER.decodeLength(in);
        int[] arcs = scratch[0];
        if (arcs == null || arcs.length < length + 2) {
            arcs = new int[Math.max(32, length + 2)];
            scratch[0] = arcs;
        }
        arcs[0] = 0;
        arcs[1] = 0;
        int pos = 1;
        while (length > 0) {
            long value = 0;
            int b;
            do {
                int read = in.read();
                if (read < 0) {
                    throw new IOException("Unexpected end of input stream at position " + in.getPosition());
                }
                b = read & 0xFF;
                value = (value << 7) + (b & 0x7F);
                if (BER.isCheckOIDSubIDOverflow() && value > 0xFFFFFFFFL) {
                    throw new IOException("OID sub-identifier value overflow at position " + in.getPosition());
                }
                length--;
            } while (length > 0 && (b & 0x80) != 0);
            if (BER.isCheckOIDTruncation() && (b & 0x80) != 0) {
                throw new IOException("OID truncated at position " + in.getPosition());
            }
            arcs[pos++] = (int) value;
        }
        int first = arcs[1];
        if (first == 0x2B) {
            arcs[0] = 1;
            arcs[1] = 3;
        } else if (first >= 0 && first < 80) {
            if (first < 40) {
                arcs[0] = 0;
            } else {
                arcs[0] = 1;
                arcs[1] = first - 40;
            }
        } else {
            arcs[0] = 2;
            arcs[1] = first - 80;
        }
        into.setValue(java.util.Arrays.copyOf(arcs, Math.max(pos, 2)));
    }

    /** The value that follows, by its tag (peeked, then read by the value itself as SNMP4J does). */
    static Variable value(BERInputStream in) throws IOException {
        in.mark(2);
        int syntax = in.read();
        in.reset();
        Variable v = switch (syntax) {
            case SMIConstants.SYNTAX_INTEGER -> new LenientInteger32();
            case SMIConstants.SYNTAX_OCTET_STRING -> new OctetString();
            case SMIConstants.SYNTAX_NULL, SMIConstants.EXCEPTION_NO_SUCH_OBJECT, SMIConstants.EXCEPTION_NO_SUCH_INSTANCE,
                 SMIConstants.EXCEPTION_END_OF_MIB_VIEW -> new Null();
            case SMIConstants.SYNTAX_OBJECT_IDENTIFIER -> new OID();
            case SMIConstants.SYNTAX_IPADDRESS -> new IpAddress();
            case SMIConstants.SYNTAX_COUNTER32 -> new Counter32();
            case SMIConstants.SYNTAX_GAUGE32 -> new Gauge32();
            case SMIConstants.SYNTAX_TIMETICKS -> new TimeTicks();
            case SMIConstants.SYNTAX_OPAQUE -> new Opaque();
            case SMIConstants.SYNTAX_COUNTER64 -> new Counter64();
            default -> null;
        };
        if (v == null) {
            // a syntax only SNMP4J's registry knows (BITS), or none: SNMP4J decides, as it would have
            return AbstractVariable.createFromBER(in);
        }
        v.decodeBER(in);
        return v;
    }

    private static VarHandle valueField() {
        try {
            return MethodHandles.privateLookupIn(VariableBinding.class, MethodHandles.lookup())
                    .findVarHandle(VariableBinding.class, "variable", Variable.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether values are decoded here (false: SNMP4J decodes them, this SNMP4J's binding has no such field). */
    static boolean decodesValues() {
        return VALUE != null;
    }
}

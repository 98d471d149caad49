package vn.dcim.snmp.poll;

import vn.dcim.snmp.decode.Refusal;

/** One value of a poll that was not stored, and why; the rest of the poll is stored as usual. */
public record RefusedValue(String metric, String oid, Refusal reason, String detail) {

    @Override
    public String toString() {
        return metric + " " + oid + ": " + detail;
    }
}

package vn.dcim.snmp.poll;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/** One row of a walked table: its index and, per column asked, the cell (null where the column has none). */
public record TableRow(OID index, VariableBinding[] columns) {
}

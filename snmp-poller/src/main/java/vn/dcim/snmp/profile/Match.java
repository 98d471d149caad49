package vn.dcim.snmp.profile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * When a profile applies to a device: its sysObjectID starts with one of the prefixes, its sysDescr
 * matches one of the patterns, or one of the probe subtrees holds data (for standard MIBs such as
 * UPS-MIB that any vendor may implement under its own sysObjectID).
 */
public record Match(List<String> sysObjectIds, List<Pattern> sysDescrs, List<String> probes) {

    public boolean byIdentity(String sysObjectId, String sysDescr) {
        String oid = sysObjectId == null ? "" : sysObjectId.replaceFirst("^\\.", "");
        if (sysObjectIds.stream().anyMatch(p -> oid.equals(p) || oid.startsWith(p + "."))) {
            return true;
        }
        return sysDescr != null && sysDescrs.stream().anyMatch(p -> p.matcher(sysDescr).find());
    }
}

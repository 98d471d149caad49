package vn.dcim.snmp.trap;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.devicelog.DeviceLogSeverity;

import java.util.List;

/** One TRAP-TYPE or NOTIFICATION-TYPE of a MIB module, as tools/mib2traps wrote it (traps/<module>.yaml). */
public record TrapDefinition(String module, String name, String oid, DeviceLogSeverity severity, List<String> varbinds,
                             @Nullable String description) {

    /** MODULE::name, as net-snmp prints it. */
    public String qualifiedName() {
        return module + "::" + name;
    }
}

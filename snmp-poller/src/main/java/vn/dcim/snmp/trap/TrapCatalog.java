package vn.dcim.snmp.trap;

import io.micronaut.core.annotation.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.dcim.core.devicelog.DeviceLogSeverity;
import vn.dcim.snmp.profile.ProfileCatalog;
import vn.dcim.snmp.profile.ShippedYaml;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notifications of every MIB module we ship definitions of (traps/*.yaml, written by
 * tools/mib2traps from the MIBs), by OID, and the names of the objects their variables carry, so that
 * a trap of any of them is told by name, known device or not, mapped to an alarm or not.
 */
public final class TrapCatalog {
    static final String DIR = "traps/";
    /** Objects every notification may carry (SNMPv2-MIB, SNMP-COMMUNITY-MIB), named here so that a catalogue without them still reads them. */
    private static final Map<String, String> STANDARD = Map.of(
            "1.3.6.1.2.1.1.3", "sysUpTime", "1.3.6.1.6.3.1.1.4.1", "snmpTrapOID", "1.3.6.1.6.3.1.1.4.3", "snmpTrapEnterprise",
            "1.3.6.1.6.3.18.1.3", "snmpTrapAddress", "1.3.6.1.6.3.18.1.4", "snmpTrapCommunity");

    private final Map<String, TrapDefinition> byOid;
    private final Map<String, TrapDefinition> byName;
    private final Map<String, String> objectNames;

    private TrapCatalog(Map<String, TrapDefinition> byOid, Map<String, TrapDefinition> byName, Map<String, String> objectNames) {
        this.byOid = byOid;
        this.byName = byName;
        this.objectNames = objectNames;
    }

    /** The shipped trap tables, read once per process (resources of the jar, as {@link ProfileCatalog#load}). */
    public static TrapCatalog load() {
        return Shipped.CATALOG;
    }

    private static final class Shipped {
        static final TrapCatalog CATALOG = read();
    }

    private static TrapCatalog read() {
        Map<String, TrapDefinition> byOid = new HashMap<>();
        Map<String, TrapDefinition> byName = new HashMap<>();
        Map<String, String> objects = new HashMap<>(STANDARD);
        ShippedYaml.readEach(TrapCatalog.class.getClassLoader(), DIR, (file, in) -> {
            try {
                Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                if (doc == null || !doc.containsKey("traps")) {
                    return; // trap-readings.yaml and other hand-written files
                }
                String module = String.valueOf(doc.get("module"));
                for (Object o : (List<?>) doc.get("traps")) {
                    Map<?, ?> t = (Map<?, ?>) o;
                    List<String> binds = t.get("varbinds") == null ? List.of()
                            : ((List<?>) t.get("varbinds")).stream().map(String::valueOf).toList();
                    DeviceLogSeverity severity = DeviceLogSeverity.parse(String.valueOf(t.get("severity")));
                    TrapDefinition d = new TrapDefinition(module, String.valueOf(t.get("name")), String.valueOf(t.get("oid")),
                            severity == null ? DeviceLogSeverity.info : severity, binds,
                            t.get("description") == null ? null : String.valueOf(t.get("description")));
                    byOid.putIfAbsent(d.oid(), d);
                    byName.putIfAbsent(d.qualifiedName(), d);
                    byName.putIfAbsent(d.name(), d);
                }
                Object objs = doc.get("objects");
                if (objs instanceof Map<?, ?> m) {
                    m.forEach((name, oid) -> objects.putIfAbsent(String.valueOf(oid), String.valueOf(name)));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("Trap definitions " + file + " are not valid: " + e.getMessage(), e);
            }
        });
        // one catalog serves every receiver of the process: nothing may change it after reading
        return new TrapCatalog(Collections.unmodifiableMap(byOid), Collections.unmodifiableMap(byName), Collections.unmodifiableMap(objects));
    }

    /**
     * The definition of a trap OID. A v1 trap of a notification whose OID has no 0 before its last
     * number (UPS-MIB's upsTraps.1) arrives as enterprise.0.n (RFC 3584 section 3.1/3.2): found without the 0.
     */
    public Optional<TrapDefinition> byOid(String oid) {
        TrapDefinition d = byOid.get(oid);
        if (d == null) {
            int last = oid.lastIndexOf('.');
            if (last > 2 && oid.startsWith(".0", last - 2)) {
                d = byOid.get(oid.substring(0, last - 2) + oid.substring(last));
            }
        }
        return Optional.ofNullable(d);
    }

    /** By MODULE::name or a bare name. */
    public Optional<TrapDefinition> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public int size() {
        return byOid.size();
    }

    /**
     * The name of a variable's OID with its instance: "upsAlarmDescr.3" for 1.3.6.1.2.1.33.1.6.2.1.2.3,
     * the OID itself where no known object is a prefix of it.
     */
    public String nameOf(String oid) {
        String prefix = oid;
        while (true) {
            String name = objectNames.get(prefix);
            if (name != null) {
                return prefix.length() == oid.length() ? name : name + oid.substring(prefix.length());
            }
            int dot = prefix.lastIndexOf('.');
            if (dot <= 0) {
                return oid;
            }
            prefix = prefix.substring(0, dot);
        }
    }

    /** The object name without instance ("upsAlarmDescr" for "upsAlarmDescr.3"), or null when unknown. */
    public @Nullable String objectOf(String oid) {
        String n = nameOf(oid);
        if (n.equals(oid)) {
            return null;
        }
        int dot = n.indexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}

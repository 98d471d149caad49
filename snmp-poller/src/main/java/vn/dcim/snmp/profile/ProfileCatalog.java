package vn.dcim.snmp.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every profile under {@code profiles/} on the classpath (one YAML file per MIB family). Adding a
 * vendor means adding a file there; nothing has to be registered in code.
 */
public final class ProfileCatalog {
    static final String DIR = "profiles/";
    private static final String ENTERPRISES = "1.3.6.1.4.1.";
    private final List<Profile> profiles;
    private final Map<String, List<String>> branches;
    private final Map<String, List<String>> objects;

    private ProfileCatalog(List<Profile> profiles) {
        this.profiles = profiles;
        this.branches = branchProbes(profiles);
        this.objects = applicationObjects(profiles);
    }

    /** A catalog of these profiles; every profile one of them overrides must be among them. */
    public static ProfileCatalog of(List<Profile> profiles) {
        Set<String> names = profiles.stream().map(Profile::name).collect(Collectors.toSet());
        for (Profile p : profiles) {
            for (String overridden : p.overrides()) {
                if (!names.contains(overridden)) {
                    throw new ProfileException(p.name() + ": overrides unknown profile '" + overridden + "'");
                }
            }
        }
        return new ProfileCatalog(List.copyOf(profiles));
    }

    /**
     * The shipped profiles, read once per process: they are resources of the jar and cannot change while
     * it runs, and reading the ~170 files takes seconds on a cold JVM. The poller, the device test and the
     * agent scan each ask for them, and every application context of the specs did it three times
     *.
     */
    public static ProfileCatalog load() {
        return Shipped.CATALOG;
    }

    /** Initialised on first use, by the class loader's lock (the holder idiom). */
    private static final class Shipped {
        static final ProfileCatalog CATALOG = read();
    }

    private static ProfileCatalog read() {
        List<Profile> out = new ArrayList<>();
        ShippedYaml.readEach(ProfileCatalog.class.getClassLoader(), DIR, (file, in) -> out.add(ProfileReader.read(file, in)));
        return of(out);
    }

    public List<Profile> all() {
        return profiles;
    }

    /**
     * The MIB branches (tables, scalar groups) a profile reads, for choosing it by what an agent answers
     * rather than by a sysObjectID someone recorded: a new model of a known family answers the same
     * branches under an ID no profile lists. Only branches under the enterprise of a sysObjectID or a probe
     * the profile names count: a vendor's own MIB means the same on every model. A profile's own probes
     * (a marker such as the ident group) are one piece of evidence, its branches another: a walk or an agent
     * that serves a MIB's tables without the marker is still read. Empty for a profile that names neither
     * a sysObjectID nor a probe under enterprises (a standard MIB; a Carel pCOWeb application told by its
     * sysDescr: every pCOWeb answers the same variables with other meanings), overrides another (it deviates
     * from a standard on purpose and needs its identity) or reads an OID another profile also reads.
     * Every branch counts, not the first few: a walk or a view may hold any one table (an ePDU's outlet power, a
     * Room Alert's switch inputs), and the subtrees of an enterprise are asked only of an agent whose enterprise
     * branch holds data, so a family's sixty branches cost an agent of another maker nothing.
     */
    public List<String> branches(Profile p) {
        return branches.getOrDefault(p.name(), List.of());
    }

    /**
     * The objects (a scalar's object, a column) read by a profile told by its sysDescr alone, for choosing it by
     * completeness when an agent gives no sysDescr: an application on a generic controller (a Carel pCOWeb runs a
     * chiller, a CRAC or an LCP behind the same numbered variables) reads objects that other applications read with
     * other meanings, so no single branch tells it; an agent that answers every object it reads is the most specific
     * evidence left. Empty for a profile with a sysObjectID or a probe (chosen by them), one that overrides another
     * (it deviates from a standard MIB every vendor answers, so its objects prove nothing), and one that reads
     * outside a single enterprise.
     */
    public List<String> objects(Profile p) {
        return objects.getOrDefault(p.name(), List.of());
    }

    private static Map<String, List<String>> applicationObjects(List<Profile> profiles) {
        Map<String, List<String>> out = new HashMap<>();
        for (Profile p : profiles) {
            Match m = p.match();
            if (m.sysDescrs().isEmpty() || !m.sysObjectIds().isEmpty() || !m.probes().isEmpty() || !p.overrides().isEmpty()
                    || p.metrics().isEmpty()) {
                continue;
            }
            Set<String> vendors = p.metrics().stream().map(d -> String.valueOf(enterprise(d.oid()))).collect(Collectors.toSet());
            if (vendors.size() != 1 || vendors.contains("null")) {
                continue;
            }
            // a column is asked as itself, a scalar (N.0) by its object: the GETNEXT of either lands inside it when it is answered
            out.put(p.name(), p.metrics().stream().map(d -> d.column() ? d.oid() : parent(d.oid())).distinct().toList());
        }
        return out;
    }

    /** "1.3.6.1.4.1.N" of an OID under enterprises, or null. */
    public static String enterprise(String oid) {
        String o = oid == null ? "" : oid.replaceFirst("^\\.", "");
        if (!o.startsWith(ENTERPRISES)) {
            return null;
        }
        int end = o.indexOf('.', ENTERPRISES.length());
        return end < 0 ? o : o.substring(0, end);
    }

    private static Map<String, List<String>> branchProbes(List<Profile> profiles) {
        Map<String, Set<String>> readers = new HashMap<>();
        for (Profile p : profiles) {
            p.metrics().forEach(m -> readers.computeIfAbsent(m.oid(), k -> new HashSet<>()).add(p.name()));
        }
        Map<String, List<String>> out = new HashMap<>();
        for (Profile p : profiles) {
            boolean shared = p.metrics().stream().anyMatch(m -> readers.get(m.oid()).size() > 1);
            Set<String> vendors = new HashSet<>();
            Stream.concat(p.match().sysObjectIds().stream(), p.match().probes().stream()).forEach(o -> {
                if (enterprise(o) != null) {
                    vendors.add(enterprise(o));
                }
            });
            if (!p.overrides().isEmpty() || shared || vendors.isEmpty()) {
                continue;
            }
            Set<String> own = new LinkedHashSet<>();
            for (MetricDef m : p.metrics()) {
                // a column's table (column -> entry -> table), a scalar's group (instance -> object -> group)
                String branch = parent(parent(m.oid()));
                if (branch != null && vendors.contains(enterprise(branch)) && !branch.equals(enterprise(branch))
                        && p.match().probes().stream().noneMatch(probe -> branch.equals(probe) || branch.startsWith(probe + "."))) {
                    own.add(branch);
                }
            }
            out.put(p.name(), List.copyOf(own));
        }
        return out;
    }

    private static String parent(String oid) {
        int dot = oid == null ? -1 : oid.lastIndexOf('.');
        return dot < 0 ? null : oid.substring(0, dot);
    }

    public Optional<Profile> named(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}

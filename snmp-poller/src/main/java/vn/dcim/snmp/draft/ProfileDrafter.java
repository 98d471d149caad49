package vn.dcim.snmp.draft;

import vn.dcim.snmp.profile.MetricDef;
import vn.dcim.snmp.profile.MetricKind;
import vn.dcim.snmp.profile.Profile;
import vn.dcim.snmp.profile.ProfileCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Drafts a profile from a walk: the answered OIDs grouped into scalars and table columns (by the MIB's tables
 * where a MIB names them, else by their shape), each numeric one guessed as a metric with its unit and scale,
 * named enumerations as states. Values a profile in use reads already are left out and counted: the draft is
 * for what the product does not read yet. Nothing is written here; {@link ProfileWriter} writes what the
 * operator kept.
 */
public final class ProfileDrafter {
    /** Samples kept per object: enough to judge a scale by eye, few enough for a screen. */
    static final int SAMPLES = 4;
    /** Candidates offered at most: a walk of a large PDU has thousands of cells but a few hundred objects. */
    static final int MAX_CANDIDATES = 300;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /**
     * The parts of MIB-2 that describe the agent's host and network, not the equipment: interfaces, IP, TCP,
     * UDP, SNMP itself, host resources, bridge, entity inventory and the net-snmp/UCD agent's own branches.
     * UPS-MIB (33), ENTITY-SENSOR (99) and the enterprises are what a profile reads.
     */
    private static final List<String> NOT_EQUIPMENT = List.of("1.3.6.1.2.1.1.", "1.3.6.1.2.1.2.", "1.3.6.1.2.1.3.", "1.3.6.1.2.1.4.",
            "1.3.6.1.2.1.5.", "1.3.6.1.2.1.6.", "1.3.6.1.2.1.7.", "1.3.6.1.2.1.10.", "1.3.6.1.2.1.11.", "1.3.6.1.2.1.16.",
            "1.3.6.1.2.1.17.", "1.3.6.1.2.1.25.", "1.3.6.1.2.1.31.", "1.3.6.1.2.1.47.", "1.3.6.1.2.1.55.", "1.3.6.1.2.1.88.",
            "1.3.6.1.2.1.92.", "1.3.6.1.6.", "1.3.6.1.4.1.8072.", "1.3.6.1.4.1.2021.");
    private static final List<String> CONTEXT = List.of("input", "output", "bypass", "battery", "inlet", "outlet", "phase", "branch",
            "breaker", "ambient", "supply", "return", "room", "rack", "fan", "compressor", "fuel", "oil", "coolant", "engine", "mains",
            "generator", "alternator", "inverter", "rectifier", "charger", "heater", "humidifier", "water", "air", "unit", "system");

    private ProfileDrafter() {
    }

    /**
     * @param known the profiles in use: what they read is not drafted again
     * @param name  the profile's name (lower case, digits, '-'); checked here so a CLI and a screen refuse alike
     */
    public static ProfileDraft draft(Walk walk, MibIndex mibs, ProfileCatalog known, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a profile name of lower case letters, digits and '-' (2 to 40, starting with a letter)");
        }
        String sysDescr = walk.sysDescr().orElse("");
        String sysObjectId = walk.sysObjectId().orElse("");
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Walk.Value v : walk.values()) {
            if (NOT_EQUIPMENT.stream().anyMatch(v.oid()::startsWith)) {
                continue;
            }
            Optional<MibIndex.Located> at = mibs.locate(v.oid());
            String object;
            String instance;
            boolean column;
            if (at.isPresent()) {
                object = at.get().object().oid();
                instance = at.get().instance();
                column = at.get().column();
            } else if (v.oid().endsWith(".0")) {
                object = v.oid().substring(0, v.oid().length() - 2);
                instance = "0";
                column = false;
            } else {
                // no MIB: the usual table shape, entry.column.index, with a one-arc index
                object = v.oid().substring(0, v.oid().lastIndexOf('.'));
                instance = v.oid().substring(v.oid().lastIndexOf('.') + 1);
                column = true;
            }
            groups.computeIfAbsent(object, o -> new Group(o, column, at.map(MibIndex.Located::object).orElse(null))).cells.put(instance, v);
        }
        Map<String, String> read = readByProfiles(known);
        Set<String> readBy = new TreeSet<>();
        int alreadyRead = 0;
        String device = domain(sysDescr, groups.values());
        List<ProfileDraft.Candidate> out = new ArrayList<>();
        for (Group g : groups.values()) {
            String by = g.column ? read.get(g.oid) : read.get(g.oid + ".0");
            if (by != null) {
                alreadyRead += g.cells.size();
                readBy.add(by);
                continue;
            }
            ProfileDraft.Candidate c = candidate(g, objectDomain(g.mib, device));
            if (c != null && out.size() < MAX_CANDIDATES) {
                out.add(c);
            }
        }
        String description = "Drafted from a walk of " + (sysDescr.isBlank() ? "an agent" : sysDescr.replaceAll("\\s+", " ").strip());
        return new ProfileDraft(name, description.length() > 120 ? description.substring(0, 120) : description, sysObjectId, sysDescr,
                List.copyOf(out), alreadyRead, List.copyOf(readBy), mibs.objects(), walk.skippedLines());
    }

    private static final class Group {
        final String oid;
        final boolean column;
        final MibIndex.MibObject mib;
        final Map<String, Walk.Value> cells = new LinkedHashMap<>();

        Group(String oid, boolean column, MibIndex.MibObject mib) {
            this.oid = oid;
            this.column = column;
            this.mib = mib;
        }
    }

    private static ProfileDraft.Candidate candidate(Group g, String domain) {
        List<Double> numbers = g.cells.values().stream().map(Walk.Value::number).flatMap(Optional::stream).toList();
        if (numbers.isEmpty()) {
            return null;
        }
        String type = g.cells.values().iterator().next().type();
        MibIndex.MibObject mib = g.mib;
        String mibName = mib == null ? "" : mib.name();
        if (mib != null && (!mib.readable() || mibName.matches("(?i).*(index|idx)$"))) {
            return null;
        }
        boolean counter = type.startsWith("counter");
        Map<Long, String> states = mib == null ? Map.of() : mib.enums();
        Quantities.Guess guess = mib == null ? Quantities.fromValues(numbers)
                : states.isEmpty() ? Quantities.plausible(Quantities.fromMib(mibName, mib.units(), mib.description(), mib.syntax()), numbers) : null;
        boolean setting = mib != null && (Quantities.setting(mibName) || mib.access().equals("read-write") && states.isEmpty());
        MetricKind kind = !states.isEmpty() ? MetricKind.state : counter ? MetricKind.counter : MetricKind.gauge;
        String metric;
        String unit = "";
        double divisor = 1;
        double multiplier = 1;
        String quantity;
        String why;
        boolean suggested;
        if (!states.isEmpty()) {
            quantity = "state";
            metric = name(domain, mibName, lastWord(mibName));
            why = "state: " + states.size() + " named values in the MIB";
            suggested = !setting && states.size() <= 64;
        } else if (guess != null) {
            quantity = guess.quantity().key();
            unit = guess.unit();
            divisor = guess.divisor();
            multiplier = guess.multiplier();
            metric = mib == null ? domain + "." + quantity : name(domain, mibName, quantity);
            why = guess.why();
            suggested = mib != null && !setting;
        } else {
            quantity = "";
            metric = mib == null ? "value.o" + tail(g.oid) : name(domain, mibName, snake(mibName));
            why = mib == null ? "no MIB names this object" : "the MIB says no unit";
            suggested = false;
        }
        if (setting) {
            why = "a setting, not a measurement (" + (Quantities.setting(mibName) ? "its name" : "read-write") + ")";
        }
        List<ProfileDraft.Sample> samples = new ArrayList<>();
        for (Map.Entry<String, Walk.Value> e : g.cells.entrySet()) {
            if (samples.size() >= SAMPLES) {
                break;
            }
            Optional<Double> n = e.getValue().number();
            String text = n.isPresent() && kind == MetricKind.state ? states.get((long) Math.rint(n.get())) : null;
            samples.add(new ProfileDraft.Sample(e.getKey(), e.getValue().text(), n.orElse(null), text));
        }
        ProfileDraft.Candidate c = new ProfileDraft.Candidate(g.oid, g.column, mibName, metric, unit, divisor, multiplier, kind,
                states, quantity, suggested, why, List.of());
        List<ProfileDraft.Sample> scaled = samples.stream()
                .map(s -> new ProfileDraft.Sample(s.instance(), s.raw(), s.value() == null || s.text() != null ? null : c.scaled(s.value()), s.text()))
                .toList();
        return new ProfileDraft.Candidate(c.oid(), c.column(), c.mibName(), c.metric(), c.unit(), c.divisor(), c.multiplier(), c.kind(),
                c.states(), c.quantity(), c.suggested(), c.why(), scaled);
    }

    /** The OIDs (scalars with their instance, columns as they are) each profile of the set reads, with its name. */
    private static Map<String, String> readByProfiles(ProfileCatalog known) {
        Map<String, String> out = new LinkedHashMap<>();
        if (known == null) {
            return out;
        }
        for (Profile p : known.all()) {
            for (MetricDef m : p.metrics()) {
                out.putIfAbsent(m.oid(), p.name());
            }
        }
        return out;
    }

    /** The device's kind from the words of its sysDescr and MIB modules, the first that fits. */
    private static final FirstMatch DOMAINS = FirstMatch.of("env",
            FirstMatch.rule("\\bups\\b|ups-|ups\\d|uninterruptible|smart-ups|netvision|\\bups", "ups"),
            FirstMatch.rule("pdu|power distribution|sentry", "pdu"),
            FirstMatch.rule("genset|generator|c2lan", "gen"),
            FirstMatch.rule("crac|cooling|chiller|klimatechnik|air ?condition|inrow|wib", "cooling"));

    /** What the device is, in the first word of a metric's name (docs/metrics.md): ups, pdu, cooling, gen, env. */
    static String domain(String sysDescr, Iterable<Group> groups) {
        StringBuilder words = new StringBuilder(sysDescr.toLowerCase(Locale.ROOT));
        for (Group g : groups) {
            if (g.mib != null) {
                words.append(' ').append(g.mib.module().toLowerCase(Locale.ROOT));
            }
        }
        return DOMAINS.of(words.toString());
    }

    /** An object's own first word where it says what it belongs to (APC's upsAdv… on a card whose sysDescr says no "UPS"). */
    static String objectDomain(MibIndex.MibObject mib, String device) {
        if (mib == null) {
            return device;
        }
        List<String> w = words(mib.name());
        if (w.contains("ups")) {
            return "ups";
        }
        if (w.contains("pdu") || w.contains("rpdu") || w.contains("outlet")) {
            return "pdu";
        }
        return device;
    }

    /** domain.context.quantity from the MIB name's words: upsHighPrecBatteryActualVoltage → ups.battery.voltage. */
    static String name(String domain, String mibName, String quantity) {
        List<String> words = words(mibName);
        String context = words.stream().filter(CONTEXT::contains).filter(w -> !quantity.startsWith(w)).findFirst().orElse(null);
        String n = domain + (context == null ? "" : "." + context) + "." + quantity;
        return n.length() > 64 ? n.substring(0, 64).replaceAll("[._]+$", "") : n;
    }

    static List<String> words(String mibName) {
        List<String> out = new ArrayList<>();
        for (String w : mibName.split("(?<=[a-z0-9])(?=[A-Z])|[-_]")) {
            if (!w.isBlank()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String lastWord(String mibName) {
        List<String> w = words(mibName);
        return w.isEmpty() ? "state" : w.get(w.size() - 1).replaceAll("[^a-z0-9]", "");
    }

    private static String snake(String mibName) {
        String s = String.join("_", words(mibName)).replaceAll("[^a-z0-9_]", "");
        return s.isEmpty() ? "value" : s;
    }

    private static String tail(String oid) {
        String[] arcs = oid.split("\\.");
        return String.join("_", java.util.Arrays.copyOfRange(arcs, Math.max(0, arcs.length - 4), arcs.length));
    }
}

package vn.dcim.snmp.poll;

import org.snmp4j.smi.AssignableFromLong;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import vn.dcim.snmp.decode.Decoded;
import vn.dcim.snmp.decode.Refusal;
import vn.dcim.snmp.decode.ValueDecoder;
import vn.dcim.snmp.profile.MetricDef;
import vn.dcim.snmp.profile.Profile;
import vn.dcim.snmp.profile.ProfileCatalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Polls one agent: identifies it (sysObjectID, sysDescr), chooses the profiles that apply (or the
 * one the device names), reads their scalars and table columns and decodes every value. Problems
 * with single values are collected, never thrown; only an agent that does not answer fails the poll.
 * <p>
 * An agent is identified (and probed) on its first poll only; later polls ask for its identity in
 * the same request as the profile's scalars and identify it again only when it answers as another
 * device or after {@link #REIDENTIFY_AFTER_NANOS}. That saves a round trip and a request per poll,
 * a third of what the agents had to answer in bench/snmp.
 */
public class DevicePoller {
    static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
    static final OID SYS_UPTIME = new OID("1.3.6.1.2.1.1.3.0");
    private static final List<OID> IDENTITY = List.of(SYS_DESCR, SYS_OBJECT_ID, SYS_UPTIME);
    /** A device that gained a sensor or a card matches other probes: look again now and then. */
    static final long REIDENTIFY_AFTER_NANOS = TimeUnit.HOURS.toNanos(1);

    private final SnmpClient client;
    /** The profiles in force now: the centre's directory is read again while the poller runs. */
    private final Supplier<ProfileCatalog> profiles;
    // profile OIDs are parsed once, not on every poll of every device (~10% of the poller's CPU)
    private final Map<String, OID> parsed = new ConcurrentHashMap<>();
    private final Map<AgentAddress, Identity> identities = new ConcurrentHashMap<>();

    /** Who answered at an address and which profiles were chosen for it. */
    private record Identity(String objectId, String descr, List<Profile> profiles, ProfileCatalog chosenFrom, long at) {
        /** Chosen from the profiles in force, not too long ago: a profile added, changed or removed since is a reason to choose again. */
        boolean fresh(ProfileCatalog inForce) {
            return chosenFrom == inForce && System.nanoTime() - at < REIDENTIFY_AFTER_NANOS;
        }
    }

    public DevicePoller(SnmpClient client, ProfileCatalog catalog) {
        this(client, () -> catalog);
    }

    public DevicePoller(SnmpClient client, Supplier<ProfileCatalog> profiles) {
        this.client = client;
        this.profiles = profiles;
    }

    public CompletableFuture<PollResult> poll(AgentAddress agent, String profileOverride) {
        return poll(agent, profileOverride, PollAllowance.bounded());
    }

    /**
     * Polls within {@code allowance}: as the poll decides what to read it allows itself what that can need
     * at most (see {@link #getRequests}, {@link #probeRequests}, {@link SnmpClient#walkRequests}), so an agent
     * that keeps a walk going cannot make it ask more; the caller may cancel it.
     */
    public CompletableFuture<PollResult> poll(AgentAddress agent, String profileOverride, PollAllowance allowance) {
        if (profileOverride != null && !profileOverride.isBlank()) {
            return profiles.get().named(profileOverride).map(p -> read(agent, List.of(p), allowance))
                    .orElseGet(() -> CompletableFuture.failedFuture(new SnmpException("no profile named " + profileOverride)));
        }
        ProfileCatalog catalog = profiles.get();
        Identity known = identities.get(agent);
        if (known == null || !known.fresh(catalog)) {
            return identifyAndRead(agent, catalog, allowance);
        }
        return read(agent, known.profiles(), allowance).thenCompose(r -> {
            if (Objects.equals(r.sysObjectId(), known.objectId()) && Objects.equals(r.sysDescr(), known.descr())) {
                return CompletableFuture.completedFuture(r);
            }
            // another device answers at this address now (replaced, re-flashed): its values were read with the old profiles
            identities.remove(agent, known);
            return identifyAndRead(agent, catalog, allowance);
        });
    }

    /**
     * Why a poll failed, in an operator's words: a plain timeout is told apart where the network lets
     * us (no agent on the port, a host that is up but ignores us, a host that is down). It asks the
     * network two more questions, so callers ask it when a device starts failing, not on every retry.
     */
    public CompletableFuture<Throwable> explain(AgentAddress agent, Throwable failure) {
        return Silence.explain(agent, failure);
    }

    private CompletableFuture<PollResult> identifyAndRead(AgentAddress agent, ProfileCatalog catalog, PollAllowance allowance) {
        allowance.allow(getRequests(agent, IDENTITY.size()));
        return client.get(agent, IDENTITY, allowance).thenCompose(system -> {
            Map<OID, Variable> sys = system.stream().collect(Collectors.toMap(VariableBinding::getOid, VariableBinding::getVariable, (a, b) -> a));
            String descr = text(sys.get(SYS_DESCR));
            String objectId = text(sys.get(SYS_OBJECT_ID));
            return choose(agent, catalog, objectId, descr, allowance).thenCompose(chosen -> {
                identities.put(agent, new Identity(objectId, descr, chosen, catalog, System.nanoTime()));
                return read(agent, chosen, allowance);
            });
        });
    }

    /**
     * The profiles for an agent: those its identity (sysObjectID, sysDescr) names; those of standard
     * MIBs whose probe subtree answers (UPS-MIB, ENTITY-SENSOR-MIB, HOST-RESOURCES-MIB ...), or, for a vendor's
     * profile with a probe, whose own tables answer where the probe does not; and those
     * whose own MIB branches answer, asked of the profiles of the agent's vendor (its sysObjectID's
     * enterprise) or, for an agent no vendor profile names, of every profile. So a new model of a known
     * family is read without anyone adding its sysObjectID. An agent that gives no sysDescr also gets the
     * applications told by their sysDescr alone whose every object it answers ({@link ProfileCatalog#objects}).
     */
    private CompletableFuture<List<Profile>> choose(AgentAddress agent, ProfileCatalog catalog, String objectId, String descr, PollAllowance allowance) {
        List<Profile> chosen = new ArrayList<>();
        Map<Profile, List<String>> probed = new LinkedHashMap<>();
        List<Profile> byBranch = new ArrayList<>();
        List<Profile> byObjects = new ArrayList<>();
        for (Profile p : catalog.all()) {
            if (p.match().byIdentity(objectId, descr)) {
                chosen.add(p);
            } else if (!p.match().probes().isEmpty()) {
                // its marker, or the tables it reads: a walk or an agent cut to a few tables still shows them
                probed.put(p, Stream.concat(p.match().probes().stream().filter(probe -> tells(p, probe, descr)),
                        catalog.branches(p).stream()).distinct().toList());
            } else if (!catalog.branches(p).isEmpty()) {
                byBranch.add(p);
            } else if (!catalog.objects(p).isEmpty() && (descr == null || descr.isBlank())) {
                byObjects.add(p);
            }
        }
        String vendor = ProfileCatalog.enterprise(objectId);
        boolean known = chosen.stream().anyMatch(p -> !p.match().sysObjectIds().isEmpty() || !p.match().sysDescrs().isEmpty());
        for (Profile p : byBranch) {
            List<String> branches = catalog.branches(p);
            if (!known || (vendor != null && vendor.equals(ProfileCatalog.enterprise(branches.get(0))))) {
                probed.put(p, branches);
            }
        }
        // of an agent's vendor only, as the branches are
        byObjects.removeIf(p -> vendor != null && !vendor.equals(ProfileCatalog.enterprise(catalog.objects(p).get(0))));
        List<OID> probes = probed.values().stream().flatMap(List::stream).distinct().map(OID::new).toList();
        CompletableFuture<List<Profile>> evidence = probes.isEmpty() ? CompletableFuture.completedFuture(chosen)
                : holdData(agent, probes, allowance).thenApply(answers -> {
            probed.forEach((p, subtrees) -> {
                if (subtrees.stream().anyMatch(probe -> answers.getOrDefault(probe, false))) {
                    chosen.add(p);
                }
            });
            return chosen;
        });
        return evidence.thenCompose(c -> answeringEvery(agent, catalog, byObjects, allowance)).thenApply(complete -> {
            chosen.addAll(complete);
            return overridersFirst(chosen);
        });
    }

    /**
     * Whether a profile's probe is evidence for this agent. A probe under a standard MIB (a row shape of UPS-MIB that
     * one maker's card answers) says nothing of the maker: for a profile told by its sysDescr, it stands in for that
     * sysDescr only where the agent gives none (a view or a walk of the tables alone); an agent that describes itself
     * as another model is that model.
     */
    private static boolean tells(Profile p, String probe, String descr) {
        boolean toldByDescr = !p.match().sysDescrs().isEmpty() && p.match().sysObjectIds().isEmpty();
        return !toldByDescr || probe.startsWith("1.3.6.1.4.1.") || descr == null || descr.isBlank();
    }

    /**
     * Those of {@code candidates} whose every object the agent answers in each group it serves (see
     * {@link ProfileCatalog#objects}): a group of objects (a scalar group, a table) the agent leaves out entirely is a
     * view or a walk cut to other groups, not another application, while one it answers in part is; at least one group
     * must be answered whole. One object of each candidate's groups is asked first and only the candidates that
     * answer one of them are asked the rest: an agent that runs another application, or none, is asked a few
     * questions per candidate, not the few hundred objects they read.
     */
    private CompletableFuture<List<Profile>> answeringEvery(AgentAddress agent, ProfileCatalog catalog, List<Profile> candidates,
                                                            PollAllowance allowance) {
        if (candidates.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        Map<Profile, Map<String, List<String>>> groups = new LinkedHashMap<>();
        candidates.forEach(p -> groups.put(p, catalog.objects(p).stream()
                .collect(Collectors.groupingBy(DevicePoller::group, LinkedHashMap::new, Collectors.toList()))));
        List<OID> firsts = groups.values().stream().flatMap(g -> g.values().stream().map(objects -> objects.get(0)))
                .distinct().map(OID::new).toList();
        return holdData(agent, firsts, allowance).thenCompose(first -> {
            List<Profile> left = candidates.stream().filter(p -> groups.get(p).values().stream()
                    .anyMatch(objects -> first.getOrDefault(objects.get(0), false))).toList();
            List<OID> rest = left.stream().flatMap(p -> catalog.objects(p).stream()).filter(o -> !first.containsKey(o))
                    .distinct().map(OID::new).toList();
            CompletableFuture<Map<String, Boolean>> answers = rest.isEmpty() ? CompletableFuture.completedFuture(Map.of())
                    : holdData(agent, rest, allowance);
            return answers.thenApply(more -> left.stream().filter(p -> {
                boolean whole = false;
                for (List<String> objects : groups.get(p).values()) {
                    long answered = objects.stream().filter(o -> first.getOrDefault(o, false) || more.getOrDefault(o, false)).count();
                    if (answered > 0 && answered < objects.size()) {
                        return false;
                    }
                    whole |= answered == objects.size();
                }
                return whole;
            }).toList());
        });
    }

    /** The group an object sits in: a scalar object's group, a column's table entry. */
    private static String group(String object) {
        return object.substring(0, Math.max(0, object.lastIndexOf('.')));
    }

    /**
     * Whether each subtree holds data, the subtrees under one enterprise (1.3.6.1.4.1.N) asked only when the
     * enterprise's own branch holds data. The profiles name a few hundred subtrees under some 40 enterprises with
     * more than one, and an agent serves one or two of them: an unknown agent is asked about a third of the
     * questions, with the same answers, since no subtree of an empty branch holds data.
     */
    private CompletableFuture<Map<String, Boolean>> holdData(AgentAddress agent, List<OID> subtrees, PollAllowance allowance) {
        Map<OID, List<OID>> byEnterprise = new LinkedHashMap<>();
        for (OID o : subtrees) {
            OID enterprise = enterpriseOf(o);
            if (enterprise != null) {
                byEnterprise.computeIfAbsent(enterprise, k -> new ArrayList<>()).add(o);
            }
        }
        // a single subtree is asked directly: asking its enterprise first would only add a request
        byEnterprise.values().removeIf(under -> under.size() < 2);
        List<OID> first = new ArrayList<>(byEnterprise.keySet());
        subtrees.stream().filter(o -> !byEnterprise.containsKey(enterpriseOf(o))).forEach(first::add);
        return nextAll(agent, first, allowance).thenCompose(answers -> {
            List<OID> then = new ArrayList<>();
            byEnterprise.forEach((enterprise, under) -> {
                boolean holds = answers.getOrDefault(enterprise.toDottedString(), false);
                under.forEach(o -> {
                    if (o.equals(enterprise)) {
                        return; // the enterprise's branch itself: answered already
                    }
                    if (holds) {
                        then.add(o);
                    } else {
                        answers.put(o.toDottedString(), false);
                    }
                });
            });
            return nextAll(agent, then, allowance).thenApply(more -> {
                answers.putAll(more);
                return answers;
            });
        });
    }

    private static OID enterpriseOf(OID subtree) {
        String enterprise = ProfileCatalog.enterprise(subtree.toDottedString());
        return enterprise == null ? null : new OID(enterprise);
    }

    /** Subtrees asked in one GETNEXT: an agent answers each varbind on its own (v2c: endOfMibView). */
    private static final int PROBES_PER_REQUEST = 16;

    /**
     * Whether each subtree holds data: its GETNEXT answer stays inside it. Asked a few at a time, in
     * requests of {@link #PROBES_PER_REQUEST} varbinds one after the other: with the profiles generated
     * from 119 MIB modules an unknown agent is asked a few hundred subtrees, and a few hundred requests
     * at once made snmpsim (and would make a UPS card's agent) drop some, so a standard MIB it serves
     * (UPS-MIB) went unread. A request refused as a whole (an SNMPv1 agent's noSuchName) is asked again
     * one subtree at a time.
     */
    private CompletableFuture<Map<String, Boolean>> nextAll(AgentAddress agent, List<OID> subtrees, PollAllowance allowance) {
        allowance.allow(probeRequests(subtrees.size()));
        Map<String, Boolean> answers = new ConcurrentHashMap<>();
        // an agent that stops answering is not asked the rest, one timeout after another
        java.util.concurrent.atomic.AtomicBoolean silent = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int from = 0; from < subtrees.size(); from += PROBES_PER_REQUEST) {
            List<OID> chunk = subtrees.subList(from, Math.min(subtrees.size(), from + PROBES_PER_REQUEST));
            chain = chain.thenCompose(v -> silent.get() ? none(chunk, answers) : client.next(agent, chunk, allowance)
                    .thenAccept(vbs -> record(chunk, vbs, answers))
                    .exceptionallyCompose(e -> {
                        if (SnmpException.noAnswer(e)) {
                            silent.set(true);
                        }
                        return chunk.size() == 1 || silent.get() ? none(chunk, answers) : oneByOne(agent, chunk, answers, allowance);
                    }));
        }
        return chain.thenApply(v -> answers);
    }

    private CompletableFuture<Void> oneByOne(AgentAddress agent, List<OID> chunk, Map<String, Boolean> answers, PollAllowance allowance) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (OID o : chunk) {
            chain = chain.thenCompose(v -> client.next(agent, List.of(o), allowance)
                    .thenAccept(vbs -> record(List.of(o), vbs, answers))
                    .exceptionallyCompose(e -> none(List.of(o), answers)));
        }
        return chain;
    }

    private static void record(List<OID> asked, List<VariableBinding> vbs, Map<String, Boolean> answers) {
        for (int i = 0; i < asked.size(); i++) {
            OID o = asked.get(i);
            VariableBinding vb = i < vbs.size() ? vbs.get(i) : null;
            answers.put(o.toDottedString(), vb != null && !vb.getVariable().isException() && vb.getOid().startsWith(o));
        }
    }

    private static CompletableFuture<Void> none(List<OID> asked, Map<String, Boolean> answers) {
        asked.forEach(o -> answers.put(o.toDottedString(), false));
        return CompletableFuture.completedFuture(null);
    }

    /**
     * What a poll with these profiles asks and how it reads the answers: worked out from the profiles alone, so once
     * for each list of profiles in force, not on every poll (maps, sets and OID lists for every poll of every device:
     * a sixth of what the poller allocated per value read in bench/snmp).
     */
    private record ReadPlan(Map<String, MetricDef> scalars, Map<OID, MetricDef> scalarsByOid, List<OID> asked,
                            List<MetricDef> unitMetrics, List<TablePlan> tables, List<String> names) {
    }

    /** One table's metrics, the columns its walk reads (by their dotted OIDs as the metrics name them) and those OIDs. */
    private record TablePlan(List<MetricDef> table, List<String> walked, List<OID> walkedOids) {
    }

    /** A list of profiles by the identity of its elements: profiles read again are other objects, and plan anew. */
    private record PlanKey(List<Profile> profiles) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PlanKey k) || k.profiles.size() != profiles.size()) {
                return false;
            }
            for (int i = 0; i < profiles.size(); i++) {
                if (k.profiles.get(i) != profiles.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (Profile p : profiles) {
                h = 31 * h + System.identityHashCode(p);
            }
            return h;
        }
    }

    /** Plans kept at most: profiles read again leave their old plans behind, which go when this many are kept. */
    private static final int MAX_PLANS = 1_000;
    private final Map<PlanKey, ReadPlan> plans = new ConcurrentHashMap<>();

    private ReadPlan plan(List<Profile> profiles) {
        PlanKey key = new PlanKey(profiles);
        ReadPlan plan = plans.get(key);
        if (plan == null) {
            if (plans.size() >= MAX_PLANS) {
                plans.clear();
            }
            plan = newPlan(profiles);
            plans.put(new PlanKey(List.copyOf(profiles)), plan);
        }
        return plan;
    }

    private ReadPlan newPlan(List<Profile> profiles) {
        Map<String, MetricDef> scalars = new LinkedHashMap<>();
        Map<String, List<MetricDef>> columnsByTable = new LinkedHashMap<>();
        Map<String, MetricDef> columns = new HashMap<>();
        // the first profile that names an OID reads it: choose() puts one that overrides another first
        for (Profile p : profiles) {
            for (MetricDef m : p.metrics()) {
                if (m.column()) {
                    // one column may feed several metrics when a select column tells its rows apart
                    if (columns.putIfAbsent(m.oid() + "|" + m.selectColumn() + "|" + m.selectValues() + "|" + m.alsoSelect(), m) == null) {
                        columnsByTable.computeIfAbsent(m.oid().substring(0, m.oid().lastIndexOf('.')), k -> new ArrayList<>()).add(m);
                    }
                } else {
                    scalars.putIfAbsent(m.oid(), m);
                }
            }
        }
        // the scalars by their OID: a response's variable and a table's cell are looked up without formatting it
        Map<OID, MetricDef> scalarsByOid = new HashMap<>();
        scalars.forEach((o, m) -> scalarsByOid.put(oid(o), m));
        Set<OID> asked = new LinkedHashSet<>(IDENTITY);
        asked.addAll(scalarsByOid.keySet());
        List<TablePlan> tables = new ArrayList<>();
        for (List<MetricDef> table : columnsByTable.values()) {
            List<String> walked = new ArrayList<>();
            for (MetricDef m : table) {
                Stream.of(m.oid(), m.rowScaleColumn(), m.selectColumn(), m.alsoSelect() == null ? null : m.alsoSelect().column())
                        .filter(c -> c != null && !walked.contains(c)).forEach(walked::add);
            }
            tables.add(new TablePlan(List.copyOf(table), List.copyOf(walked), walked.stream().map(this::oid).toList()));
        }
        return new ReadPlan(Collections.unmodifiableMap(scalars), Collections.unmodifiableMap(scalarsByOid), List.copyOf(asked),
                Stream.concat(scalars.values().stream(), columns.values().stream()).toList(), List.copyOf(tables),
                profiles.stream().map(Profile::name).toList());
    }

    private CompletableFuture<PollResult> read(AgentAddress agent, List<Profile> profiles, PollAllowance allowance) {
        ReadPlan plan = plan(profiles);
        Map<String, MetricDef> scalars = plan.scalars();
        Map<OID, MetricDef> scalarsByOid = plan.scalarsByOid();
        List<PolledValue> values = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<RefusedValue> refused = Collections.synchronizedList(new ArrayList<>());
        Values out = new Values(values, problems, refused);
        List<CompletableFuture<?>> work = new ArrayList<>();
        Map<OID, Variable> sys = new ConcurrentHashMap<>();
        // the scalars' GET PDUs, and the identity asked again alone should the agent refuse them as a whole
        allowance.allow(getRequests(agent, plan.asked().size()) + getRequests(agent, IDENTITY.size()));
        CompletableFuture<List<VariableBinding>> get = client.get(agent, plan.asked(), allowance).exceptionallyCompose(e -> {
            if (SnmpException.noAnswer(e) || scalars.isEmpty()) {
                return CompletableFuture.failedFuture(e);
            }
            // the agent refused the request as a whole (genErr, tooBig): keep its identity and the tables
            problems.add("scalars: " + cause(e));
            return client.get(agent, IDENTITY, allowance);
        });
        // the unit settings and the tables are asked for once the agent has answered the GET (a round trip more):
        // an agent that does not answer is then asked one request a poll (and its retries), not one per table
        CompletableFuture<UnitSettings> units = get.thenCompose(answered -> UnitSettings.read(client, agent,
                plan.unitMetrics(), this::oid, allowance));
        // an agent that does not answer the GET fails the poll, as it always did
        CompletableFuture<Void> scalarsRead = get.thenAcceptBoth(units, (vbs, unit) -> {
            for (VariableBinding vb : vbs) {
                if (IDENTITY.contains(vb.getOid())) {
                    sys.put(vb.getOid(), vb.getVariable());
                }
                MetricDef m = scalarsByOid.get(vb.getOid());
                if (m != null && !vb.getVariable().isException()) {
                    add(out, unit.scaled(m, ""), m.instance() == null ? "0" : m.instance(), vb, unit.fahrenheit(m, ""));
                }
            }
        });
        for (TablePlan tablePlan : plan.tables()) {
            List<MetricDef> table = tablePlan.table();
            List<String> walked = tablePlan.walked();
            allowance.allow(client.walkRequests(agent, walked.size()));
            List<OID> walkedOids = tablePlan.walkedOids();
            work.add(get.thenCompose(answered -> client.walk(agent, walkedOids, allowance)).thenAcceptBoth(units, (walk, unit) -> {
                if (walk.stopped() != null) {
                    problems.add("table " + table.get(0).oid() + ": " + walk.stopped());
                }
                // per row and per value nothing is formatted or copied that a cell does not need: a poll reads
                // thousands of cells, and what it allocates is collected on the poller's CPU
                boolean[] chosen = new boolean[table.size()];
                Set<String> takenColumns = new HashSet<>();
                for (TableRow row : walk.rows()) {
                    // a cell that a selecting metric takes (by type or unit) is not read again by the
                    // catch-all metric of the same column
                    takenColumns.clear();
                    for (int i = 0; i < chosen.length; i++) {
                        MetricDef m = table.get(i);
                        chosen[i] = m.selectColumn() != null && selected(m, row, walked);
                        if (chosen[i]) {
                            takenColumns.add(m.oid());
                        }
                    }
                    String index = null;
                    for (int i = 0; i < chosen.length; i++) {
                        MetricDef m = table.get(i);
                        try {
                            if (m.selectColumn() == null ? !takenColumns.contains(m.oid()) : chosen[i]) {
                                index = index == null ? row.index().toDottedString() : index;
                                readRow(out, scalarsByOid.keySet(), m, row, index, walked, unit);
                            }
                        } catch (RuntimeException e) {
                            // one cell the poller cannot make sense of costs that cell, not the table
                            out.refuse(m, m.oid() + "." + row.index(), Refusal.undecodable, "could not read row: " + describe(e));
                        }
                    }
                }
            }).exceptionally(e -> {
                problems.add("table " + table.get(0).oid() + ": " + cause(e));
                return null;
            }));
        }
        List<String> names = plan.names();
        return scalarsRead.thenCompose(v -> CompletableFuture.allOf(work.toArray(CompletableFuture[]::new))).thenApply(v ->
                new PollResult(text(sys.get(SYS_OBJECT_ID)), text(sys.get(SYS_DESCR)), uptime(sys.get(SYS_UPTIME), problems),
                        names, List.copyOf(values), List.copyOf(problems), List.copyOf(refused)));
    }

    /**
     * GET requests for {@code oids} OIDs at most: one PDU per {@link SnmpClient#OIDS_PER_GET}; an SNMPv1 agent
     * refuses a PDU naming one missing OID, and the PDU is asked again without it, so one request per OID.
     */
    static int getRequests(AgentAddress agent, int oids) {
        return "1".equals(agent.version()) ? oids : (oids + SnmpClient.OIDS_PER_GET - 1) / SnmpClient.OIDS_PER_GET;
    }

    /** GETNEXT requests for asking whether {@code subtrees} subtrees hold data: the chunks, and each subtree again alone. */
    static int probeRequests(int subtrees) {
        return (subtrees + PROBES_PER_REQUEST - 1) / PROBES_PER_REQUEST + (subtrees > 1 ? subtrees : 0);
    }

    /** The profiles, each one that another of them overrides moved behind all that override it. */
    static List<Profile> overridersFirst(List<Profile> profiles) {
        List<Profile> ordered = new ArrayList<>(profiles);
        ordered.sort(Comparator.comparingInt(p -> depth(p, profiles, new HashSet<>())));
        return ordered;
    }

    /** How many overriding profiles stand above this one (0 for a profile nobody overrides). */
    private static int depth(Profile p, List<Profile> profiles, Set<String> seen) {
        if (!seen.add(p.name())) {
            return 0; // a cycle: the profiles' own order decides
        }
        return profiles.stream().filter(o -> o.overrides().contains(p.name()))
                .mapToInt(o -> 1 + depth(o, profiles, seen)).max().orElse(0);
    }

    /** What a poll collects; shared by the scalar GET and the table walks that complete on other threads. */
    private record Values(List<PolledValue> values, List<String> problems, List<RefusedValue> refused) {
        void refuse(MetricDef m, String oid, Refusal why, String detail) {
            RefusedValue r = new RefusedValue(m.name(), oid, why, detail);
            refused.add(r);
            problems.add(r.toString());
        }
    }

    /** sysUpTime if it is one: an agent answering it as text or garbage costs the uptime, not the poll. */
    private static long uptime(Variable v, List<String> problems) {
        if (v == null || v.isException()) {
            return -1;
        }
        if (v instanceof TimeTicks || v instanceof Integer32 || v instanceof AssignableFromLong) {
            return v.toLong();
        }
        problems.add("sysUpTime: wrong type " + v.getSyntaxString());
        return -1;
    }

    private static void readRow(Values out, Set<OID> scalarOids, MetricDef metric,
                                TableRow row, String index, List<String> walked, UnitSettings units) {
        VariableBinding vb = cell(row, walked.indexOf(metric.oid()));
        // a variable a profile names as a scalar is read there, with its own unit and scale, not a second
        // time as a row of a generic column (Carel pCOWeb variables)
        if (vb == null || scalarOids.contains(vb.getOid())) {
            return;
        }
        MetricDef m = metric;
        if (m.rowScaleColumn() != null) {
            VariableBinding scale = cell(row, walked.indexOf(m.rowScaleColumn()));
            Integer documented = scale == null ? m.defaultDecimals(index) : null;
            if (documented != null) {
                // the agent does not answer the decimals column: the digits the profile gives this sensor type
                m = m.withDecimals(documented);
            } else if (scale == null) {
                out.problems().add(m.name() + " " + vb.getOid() + ": no scale in " + m.rowScaleColumn());
                return;
            } else if (!(scale.getVariable() instanceof Integer32 || scale.getVariable() instanceof AssignableFromLong)) {
                out.refuse(m, vb.getOid().toDottedString(), Refusal.wrong_type,
                        "its scale " + scale.getOid() + " is " + scale.getVariable().getSyntaxString() + ", not a number");
                return;
            } else {
                m = m.forRow(scale.getVariable().toInt());
            }
        }
        add(out, units.scaled(m, index), m.instance() == null ? index : index + "." + m.instance(), vb, units.fahrenheit(m, index));
    }

    private static boolean selected(MetricDef metric, TableRow row, List<String> walked) {
        VariableBinding type = cell(row, walked.indexOf(metric.selectColumn()));
        if (type == null || !metric.selects(type.getVariable().toString()) && !metric.selects(utf8(type.getVariable()))) {
            return false;
        }
        if (metric.alsoSelect() == null) {
            return true;
        }
        VariableBinding also = cell(row, walked.indexOf(metric.alsoSelect().column()));
        return also != null && (metric.alsoSelect().values().contains(also.getVariable().toString())
                || metric.alsoSelect().values().contains(utf8(also.getVariable())));
    }

    /**
     * A unit or type text as the agent wrote it: SNMP4J shows an octet string holding any byte above 127
     * in hex ("c2:b0:43"), so a unit column saying "°C" or "℃" in UTF-8 (HWg Perseus) is compared as text too.
     */
    private static String utf8(Variable v) {
        return v instanceof OctetString s ? new String(s.getValue(), StandardCharsets.UTF_8) : v.toString();
    }

    private static VariableBinding cell(TableRow row, int i) {
        VariableBinding vb = i >= 0 && i < row.columns().length ? row.columns()[i] : null;
        return vb == null || vb.getVariable().isException() ? null : vb;
    }

    private static void add(Values out, MetricDef m, String instance, VariableBinding vb, boolean inFahrenheit) {
        Decoded d = ValueDecoder.decode(m, vb.getVariable(), inFahrenheit);
        if (d.ok()) {
            out.values().add(new PolledValue(m.name(), instance, d.value(), d.text(), m.unit().isEmpty() ? null : m.unit(), vb.getOid()));
        } else {
            out.refuse(m, vb.getOid().toDottedString(), d.refusal(), d.rejection());
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String text(Variable v) {
        return v == null || v.isException() ? "" : v.toString();
    }

    private static String cause(Throwable e) {
        return describe(e.getCause() != null ? e.getCause() : e);
    }

    private OID oid(String dotted) {
        return parsed.computeIfAbsent(dotted, OID::new);
    }
}

package vn.dcim.web.teach;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.snmp.draft.MibIndex;
import vn.dcim.snmp.draft.ProfileDraft;
import vn.dcim.snmp.draft.ProfileDrafter;
import vn.dcim.snmp.draft.ProfileWriter;
import vn.dcim.snmp.draft.Walk;
import vn.dcim.snmp.poll.PollReadings;
import vn.dcim.snmp.poll.PollerProfiles;
import vn.dcim.snmp.poll.SnmpClient;
import vn.dcim.snmp.poll.SnmpSettings;
import vn.dcim.snmp.poll.TableRow;
import vn.dcim.snmp.poll.WalkedTable;
import vn.dcim.snmp.profile.CentreProfiles;
import vn.dcim.snmp.profile.ProfileCatalog;
import vn.dcim.snmp.profile.ProfileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Teaching an SNMP device (docs/profiles.md "Teaching a device"): a walk, uploaded or read from a monitored device,
 * drafted into a profile ({@link ProfileDrafter}) with the centre's MIBs (DCIM_SNMP_MIBS_DIR); the administrator
 * keeps, names and scales each metric, sees the readings it gives on the walk's values, and saves {@code <name>.yaml}
 * with the walk beside it as {@code <name>.snmprec}, its test vector, in the profiles directory
 * (DCIM_SNMP_PROFILES_DIR) the poller reads.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SnmpTeachService {
    private static final Logger LOG = LoggerFactory.getLogger(SnmpTeachService.class);
    /** A walk's text at most: the largest PDU recordings are a few MB. */
    static final int MAX_WALK_CHARS = 8 << 20;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+){0,7}");
    private static final int MAX_UNIT = 16;
    /** What a device's own walk reads: the equipment's branches, not the agent host's interfaces and processes. */
    private static final List<String> WALKED = List.of("1.3.6.1.2.1.1", "1.3.6.1.2.1.33", "1.3.6.1.2.1.99", "1.3.6.1.4.1");
    private static final long WALK_WAIT_S = 120;

    private final SnmpSettings settings;
    private final WalkDrafts drafts;
    private final MonitoredDevices devices;
    private final AuditLog audit;
    private final Clock clock;
    private final PollerProfiles profiles;
    private MibIndex mibs;
    private String mibsKey;

    /** What the administrator decided for one candidate of the draft, by its index. */
    @Serdeable
    public record Choice(int index, boolean keep, @Nullable String metric, @Nullable String unit, @Nullable Double divisor,
                         @Nullable Double multiplier) {
    }

    /** A reading the profile would give on the walk's values. */
    @Serdeable
    public record Preview(String metric, String instance, @Nullable Double value, @Nullable String text, @Nullable String unit, String oid,
                          String shown) {
    }

    /** An opened walk: its id (for the next steps), the draft, and what the kept choices give. */
    @Serdeable
    public record Taught(String walkId, String origin, ProfileDraft draft, @Nullable String yaml, List<Preview> readings,
                         @Nullable String file) {
    }

    /** Opens a walk pasted or uploaded (snmprec or snmpwalk -On) and drafts it. */
    public Taught open(String walkText, String name, String actor) {
        if (walkText == null || walkText.isBlank()) {
            throw new InvalidInputException("walk", "a walk: snmprec lines or snmpwalk -On output").explained("teach.snmp.error.walk");
        }
        if (walkText.length() > MAX_WALK_CHARS) {
            throw new InvalidInputException("walk", "a walk of at most " + (MAX_WALK_CHARS >> 20) + " MB").explained("teach.snmp.error.size", MAX_WALK_CHARS >> 20);
        }
        Walk walk = Walk.parse(walkText);
        if (walk.values().isEmpty()) {
            throw new InvalidInputException("walk", "no snmprec or snmpwalk -On line in it").explained("teach.snmp.error.walk");
        }
        WalkDrafts.Held h = drafts.keep(snmprec(walk), "file", actor);
        return build(h, checkedName(name), List.of(), true);
    }

    /** Walks a monitored SNMP device now, with its stored settings, and drafts what it answered. */
    public Taught walkDevice(String deviceId, String name, String actor) {
        MonitoredDevice d = devices.find(deviceId == null ? "" : deviceId.trim())
                .filter(x -> x.protocol() == Protocol.snmp)
                .orElseThrow(() -> new NotFoundException("SNMP device", deviceId));
        String n = checkedName(name);
        List<Walk.Value> values = new ArrayList<>();
        String stopped = null;
        try (SnmpClient client = new SnmpClient(settings.getMaxRequestsPerSecond(), Math.max(settings.getMaxRowsPerWalk(), 5000))) {
            for (String subtree : WALKED) {
                WalkedTable t = client.walk(PollReadings.agent(d), List.of(new OID(subtree))).get(WALK_WAIT_S, TimeUnit.SECONDS);
                for (TableRow r : t.rows()) {
                    VariableBinding vb = r.columns()[0];
                    if (vb != null) {
                        values.add(value(vb));
                    }
                }
                stopped = stopped == null ? t.stopped() : stopped;
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new ConflictException("deviceId", "the device did not answer the walk: " + (e.getCause() == null ? e : e.getCause()).getMessage())
                    .explained("teach.snmp.error.unanswered", d.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("deviceId", "interrupted").explained("teach.snmp.error.unanswered", d.id());
        }
        if (values.isEmpty()) {
            throw new ConflictException("deviceId", "the device answered nothing").explained("teach.snmp.error.unanswered", d.id());
        }
        if (stopped != null) {
            LOG.warn("Walk of {} for teaching stopped early: {}", d.id(), stopped);
        }
        WalkDrafts.Held h = drafts.keep(snmprec(new Walk(List.copyOf(values), 0)), "device " + d.id(), actor);
        return build(h, n, List.of(), true);
    }

    /** The draft of a held walk with the administrator's choices applied, and the readings it gives; nothing written. */
    public Taught preview(String walkId, String name, List<Choice> choices) {
        return build(held(walkId), checkedName(name), choices, false);
    }

    /**
     * Writes {@code <name>.yaml} (read back as the poller reads it first) and {@code <name>.snmprec}, the walk, in the
     * profiles directory; 409 when the file exists and {@code overwrite} is not set, or the name is a shipped profile's.
     */
    public synchronized Taught save(String walkId, String name, @Nullable String description, List<Choice> choices, boolean overwrite, String actor) {
        WalkDrafts.Held h = held(walkId);
        String n = checkedName(name);
        if (ProfileCatalog.load().named(n).isPresent()) {
            throw new ConflictException("name", "'" + n + "' is a shipped profile").explained("teach.snmp.error.shipped", n);
        }
        Taught t = build(h, n, choices, false, description);
        if (t.yaml() == null) {
            throw new InvalidInputException("picks", "keep at least one value").explained("teach.snmp.error.none");
        }
        Path dir = directory();
        Path yaml = TeachService.inside(dir, n + ".yaml");
        if ((Files.exists(yaml) || Files.exists(TeachService.inside(dir, n + ".yml"))) && !overwrite) {
            throw new ConflictException("name", "a profile file " + n + ".yaml exists already").explained("teach.snmp.error.exists", n);
        }
        try {
            Files.createDirectories(dir);
            TeachService.write(yaml, t.yaml());
            TeachService.write(TeachService.inside(dir, n + ".snmprec"), h.snmprec());
            CentreProfiles.read(yaml);
        } catch (IOException | ProfileException e) {
            throw new InvalidInputException("name", "cannot write to " + dir + ": " + e.getMessage()).explained("teach.error.write", dir.toString());
        }
        // in force at once on this instance; another instance reading the same directory finds it at its next look
        profiles.reload();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", yaml.getFileName().toString());
        after.put("from", h.origin());
        after.put("metrics", t.readings().stream().map(Preview::metric).distinct().toList());
        audit.record(actor, "snmp-profile", n, overwrite ? "teach-again" : "teach", null, after);
        LOG.info("SNMP profile {} taught by {} from {}: {} metrics, written to {}", n, actor, h.origin(),
                t.readings().stream().map(Preview::oid).distinct().count(), yaml);
        return new Taught(t.walkId(), t.origin(), t.draft(), t.yaml(), t.readings(), yaml.toString());
    }

    /** The SNMP devices a walk can be read from, by name. */
    public List<MonitoredDevice> snmpDevices() {
        return devices.all().stream().filter(d -> d.protocol() == Protocol.snmp).toList();
    }

    private Taught build(WalkDrafts.Held h, String name, List<Choice> choices, boolean asDrafted) {
        return build(h, name, choices, asDrafted, null);
    }

    private Taught build(WalkDrafts.Held h, String name, List<Choice> choices, boolean asDrafted, @Nullable String description) {
        Walk walk = Walk.parse(h.snmprec());
        // the profiles in use now, the centre's files included: a walk taught a moment ago is not drafted again
        ProfileCatalog known = CentreProfiles.load(dirOrNull()).catalog();
        known = ProfileCatalog.of(known.all().stream().filter(p -> !p.name().equals(name)).toList());
        ProfileDraft draft = ProfileDrafter.draft(walk, mibs(), known, name);
        List<ProfileDraft.Candidate> kept = new ArrayList<>();
        if (asDrafted) {
            kept.addAll(draft.suggested());
        } else {
            for (Choice c : choices) {
                if (c == null || !c.keep()) {
                    continue;
                }
                if (c.index() < 0 || c.index() >= draft.candidates().size()) {
                    throw new InvalidInputException("choices", "no value " + c.index() + " in the draft").explained("teach.snmp.error.index", c.index());
                }
                kept.add(chosen(draft.candidates().get(c.index()), c));
            }
        }
        String yaml = null;
        if (!kept.isEmpty()) {
            try {
                yaml = ProfileWriter.yaml(draft, description, kept, List.of("Taught from a walk of " + h.origin() + " by " + h.actor() + " on "
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(clock.getZone())) + "; the walk is "
                        + name + ".snmprec beside this file"));
            } catch (ProfileException e) {
                throw new InvalidInputException("choices", e.getMessage()).explained("teach.snmp.error.profile", e.getMessage());
            }
        }
        List<Preview> readings = new ArrayList<>();
        for (ProfileDraft.Candidate c : kept) {
            for (ProfileDraft.Sample s : c.samples()) {
                String text = s.text();
                Double value = text == null && s.value() != null ? rawNumber(s.raw()).map(c::scaled).orElse(null) : null;
                String unit = c.unit().isBlank() ? null : c.unit();
                String shown = (value != null ? ProfileWriter.shown(value) : text != null ? text : s.raw()) + (unit == null || value == null ? "" : " " + unit);
                readings.add(new Preview(c.metric(), s.instance(), value, text, unit, c.column() ? c.oid() + "." + s.instance() : c.oid() + ".0", shown));
            }
        }
        return new Taught(h.id(), h.origin(), draft, yaml, readings, null);
    }

    private static java.util.Optional<Double> rawNumber(String raw) {
        try {
            return java.util.Optional.of(Double.parseDouble(raw.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static ProfileDraft.Candidate chosen(ProfileDraft.Candidate c, Choice choice) {
        String field = "choices[" + choice.index() + "]";
        String metric = choice.metric() == null || choice.metric().isBlank() ? c.metric() : choice.metric().trim();
        if (metric.length() > 64 || !METRIC.matcher(metric).matches()) {
            throw new InvalidInputException(field + ".metric", "a metric name of lower case letters, digits, '_' and '.'")
                    .explained("teach.snmp.error.metric", metric);
        }
        String unit = choice.unit() == null ? c.unit() : choice.unit().trim();
        if (unit.length() > MAX_UNIT || unit.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field + ".unit", "a unit of at most " + MAX_UNIT + " characters").explained("teach.error.unit", MAX_UNIT);
        }
        double divisor = choice.divisor() == null ? c.divisor() : choice.divisor();
        double multiplier = choice.multiplier() == null ? c.multiplier() : choice.multiplier();
        for (double d : new double[] {divisor, multiplier}) {
            if (!Double.isFinite(d) || d <= 0 || d > 1e9 || d < 1e-9) {
                throw new InvalidInputException(field + ".divisor", "a divisor and a multiplier between 1e-9 and 1e9").explained("teach.error.scale");
            }
        }
        return c.as(metric, unit, divisor, multiplier);
    }

    private WalkDrafts.Held held(String walkId) {
        return drafts.get(walkId).orElseThrow(() -> new NotFoundException("walk", walkId));
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.trim();
        if (!NAME.matcher(n).matches()) {
            throw new InvalidInputException("name", "a name of lower case letters, digits and '-' (2 to 40, starting with a letter)")
                    .explained("teach.error.name");
        }
        return n;
    }

    /** The MIBs of DCIM_SNMP_MIBS_DIR, read again when a file there was added or changed. */
    synchronized MibIndex mibs() {
        String dir = settings.getMibsDir();
        Path p = dir == null || dir.isBlank() ? null : Path.of(dir);
        String key = p == null || !Files.isDirectory(p) ? "" : dir + stamp(p);
        if (mibs == null || !key.equals(mibsKey)) {
            mibs = key.isEmpty() ? MibIndex.empty() : MibIndex.load(p);
            mibsKey = key;
            LOG.info("MIBs for teaching from {}: {} objects", dir, mibs.objects());
        }
        return mibs;
    }

    private static String stamp(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 4)) {
            long[] acc = {0, 0};
            s.filter(Files::isRegularFile).forEach(f -> {
                acc[0]++;
                try {
                    acc[1] = Math.max(acc[1], Files.getLastModifiedTime(f).toMillis());
                } catch (IOException e) {
                    // a file that vanished while listing: counted, its time unknown
                }
            });
            return ":" + acc[0] + ":" + acc[1];
        } catch (IOException e) {
            return ":unreadable";
        }
    }

    private Path directory() {
        Path d = dirOrNull();
        if (d == null) {
            throw new ConflictException("name", "DCIM_SNMP_PROFILES_DIR is not set").explained("teach.snmp.error.no-directory");
        }
        return d;
    }

    private @Nullable Path dirOrNull() {
        String d = settings.getProfilesDir();
        return d == null || d.isBlank() ? null : Path.of(d).toAbsolutePath().normalize();
    }

    /** A walk as snmprec lines (the format snmpsim replays): what is stored beside the profile. */
    static String snmprec(Walk walk) {
        StringBuilder b = new StringBuilder();
        for (Walk.Value v : walk.values()) {
            String tag = switch (v.type()) {
                case "integer" -> "2";
                case "oid" -> "6";
                case "ipaddress" -> "64";
                case "counter" -> "65";
                case "gauge" -> "66";
                case "timeticks" -> "67";
                case "counter64" -> "70";
                default -> "4";
            };
            String text = v.text();
            if (tag.equals("4") && text.chars().anyMatch(c -> c < 0x20 || c == '|')) {
                b.append(v.oid()).append("|4x|").append(HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8))).append('\n');
            } else {
                b.append(v.oid()).append('|').append(tag).append('|').append(text).append('\n');
            }
        }
        return b.toString();
    }

    private static Walk.Value value(VariableBinding vb) {
        String oid = vb.getOid().toDottedString();
        int syntax = vb.getVariable().getSyntax();
        String type = switch (syntax) {
            case org.snmp4j.smi.SMIConstants.SYNTAX_INTEGER -> "integer";
            case org.snmp4j.smi.SMIConstants.SYNTAX_OBJECT_IDENTIFIER -> "oid";
            case org.snmp4j.smi.SMIConstants.SYNTAX_IPADDRESS -> "ipaddress";
            case org.snmp4j.smi.SMIConstants.SYNTAX_COUNTER32 -> "counter";
            case org.snmp4j.smi.SMIConstants.SYNTAX_GAUGE32 -> "gauge";
            case org.snmp4j.smi.SMIConstants.SYNTAX_TIMETICKS -> "timeticks";
            case org.snmp4j.smi.SMIConstants.SYNTAX_COUNTER64 -> "counter64";
            default -> "string";
        };
        String text = switch (type) {
            case "timeticks" -> Long.toString(vb.getVariable().toLong());
            case "string" -> vb.getVariable() instanceof org.snmp4j.smi.OctetString s ? new String(s.getValue(), StandardCharsets.UTF_8) : vb.toValueString();
            default -> vb.toValueString();
        };
        return new Walk.Value(oid, type, text);
    }
}

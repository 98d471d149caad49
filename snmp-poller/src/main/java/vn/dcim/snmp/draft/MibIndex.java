package vn.dcim.snmp.draft;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The objects of the MIB files a centre keeps (DCIM_SNMP_MIBS_DIR): for each OBJECT-TYPE its name, syntax,
 * UNITS, DESCRIPTION and named numbers, enough to name a walk's values and read their scale ("in tenths of
 * volts"). Not a MIB compiler: a file it cannot follow gives fewer names, never an error, and a walk is still
 * drafted from its OIDs and values alone. The product ships no MIB: vendors' terms differ, and a centre has
 * those of the equipment it bought.
 */
public final class MibIndex {
    private static final Logger LOG = LoggerFactory.getLogger(MibIndex.class);
    static final int MAX_FILES = 2_000;
    static final long MAX_FILE_BYTES = 8L << 20;

    private static final Pattern MODULE = Pattern.compile("([A-Za-z][\\w-]*)\\s+DEFINITIONS\\s*(?:IMPLICIT\\s+TAGS\\s*)?::=\\s*BEGIN");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![\\w-])([a-z][\\w-]*)\\s+(OBJECT\\s+IDENTIFIER|OBJECT-TYPE|MODULE-IDENTITY|OBJECT-IDENTITY)\\b((?:(?!::=).)*?)::=\\s*\\{([^}]*)}",
            Pattern.DOTALL);
    private static final Pattern ENUM_TYPE = Pattern.compile(
            "(?<![\\w-])([A-Z][\\w-]*)\\s*::=\\s*(?:TEXTUAL-CONVENTION((?:(?!::=).)*?)SYNTAX\\s+)?INTEGER\\s*\\{([^}]*)}", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("(?<![\\w-])([A-Z][\\w-]*)\\s*::=");
    private static final Pattern SYNTAX = Pattern.compile("SYNTAX\\s+(.*?)\\s+(?=UNITS|MAX-ACCESS|ACCESS)", Pattern.DOTALL);
    private static final Pattern UNITS = Pattern.compile("UNITS\\s+\"([^\"]*)\"");
    private static final Pattern DESCRIPTION = Pattern.compile("DESCRIPTION\\s+\"([^\"]*)\"");
    private static final Pattern ACCESS = Pattern.compile("(?:MAX-)?ACCESS\\s+([\\w-]+)");
    /** A table's row names its index; found, not matched as ".*INDEX.*" (a pattern compiled and run over the body per object). */
    private static final Pattern ROW_INDEX = Pattern.compile("\\b(INDEX|AUGMENTS)\\s*\\{");
    private static final Pattern NAMED_NUMBER = Pattern.compile("([A-Za-z][\\w-]*)\\s*\\(\\s*(-?\\d+)\\s*\\)");

    /** One OBJECT-TYPE. {@code entry}: a table's row (it has an INDEX); its children are the table's columns. */
    public record MibObject(String name, String module, String oid, String syntax, String units, String description,
                            Map<Long, String> enums, String access, boolean entry) {
        public boolean readable() {
            return !access.equals("not-accessible") && !access.equals("accessible-for-notify");
        }
    }

    /** Where an answered OID sits: the object and the instance after it ("0", a row index "1.2"). */
    public record Located(MibObject object, String instance, boolean column) {
    }

    private record Definition(String name, String module, String kind, String body, String parent, List<Long> arcs) {
    }

    private final Map<String, MibObject> byOid;
    private final int files;

    private MibIndex(Map<String, MibObject> byOid, int files) {
        this.byOid = byOid;
        this.files = files;
    }

    public static MibIndex empty() {
        return new MibIndex(Map.of(), 0);
    }

    /** Every file of {@code dir} and its subdirectories (none when it is null or missing); unreadable files are skipped. */
    public static MibIndex load(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return empty();
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, 4)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().limit(MAX_FILES).toList()) {
                try {
                    if (Files.size(f) <= MAX_FILE_BYTES) {
                        texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                    }
                } catch (IOException e) {
                    LOG.warn("MIB file {} not readable: {}", f, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("MIB directory {} not readable: {}", dir, e.getMessage());
        }
        return of(texts);
    }

    /** The index of these MIB module texts. */
    public static MibIndex of(List<String> texts) {
        // a name is looked up in its own module first: vendors reuse short names ("ups", "battery") for other branches
        Map<String, Definition> defs = new LinkedHashMap<>();
        Map<String, Definition> global = new HashMap<>();
        Map<String, Map<Long, String>> enumTypes = new HashMap<>();
        for (String raw : texts) {
            String text = withoutComments(raw);
            Matcher mod = MODULE.matcher(text);
            String module = mod.find() ? mod.group(1) : "";
            // a type is looked up in its own module first, as names are: "SensorValue" is a plain number in one
            // vendor's MIB and an enumeration in another's
            Matcher ty = TYPE.matcher(text);
            while (ty.find()) {
                enumTypes.putIfAbsent(module + "::" + ty.group(1), Map.of());
            }
            Matcher t = ENUM_TYPE.matcher(text);
            while (t.find()) {
                Map<Long, String> named = namedNumbers(t.group(3));
                enumTypes.put(module + "::" + t.group(1), named);
                enumTypes.putIfAbsent(t.group(1), named);
            }
            Matcher a = ASSIGNMENT.matcher(text);
            while (a.find()) {
                Definition d = definition(a.group(1), module, a.group(2).replaceAll("\\s+", " "), a.group(3), a.group(4));
                if (d != null) {
                    defs.putIfAbsent(d.module() + "::" + d.name(), d);
                    global.putIfAbsent(d.name(), d);
                }
            }
        }
        Map<String, String> resolved = new HashMap<>();
        resolved.put("iso", "1");
        resolved.put("ccitt", "0");
        resolved.put("joint-iso-ccitt", "2");
        // the roots every vendor MIB hangs from, for a centre that kept only its vendors' files
        resolved.put("internet", "1.3.6.1");
        resolved.put("mgmt", "1.3.6.1.2");
        resolved.put("mib-2", "1.3.6.1.2.1");
        resolved.put("private", "1.3.6.1.4");
        resolved.put("enterprises", "1.3.6.1.4.1");
        Map<String, MibObject> byOid = new HashMap<>();
        for (Definition d : defs.values()) {
            String oid = resolve(d, defs, global, resolved, 0);
            if (oid == null || !d.kind().equals("OBJECT-TYPE")) {
                continue;
            }
            String body = d.body();
            Matcher s = SYNTAX.matcher(body);
            String syntax = s.find() ? s.group(1).replaceAll("\\s+", " ").strip() : "";
            Map<Long, String> enums = syntax.contains("{") ? namedNumbers(syntax.substring(syntax.indexOf('{')))
                    : typeEnums(enumTypes, d.module(), syntax.split("[\\s(]")[0]);
            Matcher u = UNITS.matcher(body);
            Matcher ds = DESCRIPTION.matcher(body);
            Matcher ac = ACCESS.matcher(body);
            boolean entry = ROW_INDEX.matcher(body).find();
            byOid.put(oid, new MibObject(d.name(), d.module(), oid, syntax, u.find() ? u.group(1).strip() : "",
                    ds.find() ? ds.group(1).replaceAll("\\s+", " ").strip() : "", enums, ac.find() ? ac.group(1) : "read-only", entry));
        }
        return new MibIndex(Map.copyOf(byOid), texts.size());
    }

    public int objects() {
        return byOid.size();
    }

    public int files() {
        return files;
    }

    public Optional<MibObject> object(String oid) {
        return Optional.ofNullable(byOid.get(oid));
    }

    /** The object an answered OID belongs to: the longest OBJECT-TYPE prefix, a column where its parent is a table's row. */
    public Optional<Located> locate(String oid) {
        String at = oid;
        while (at.contains(".")) {
            int cut = at.lastIndexOf('.');
            String parent = at.substring(0, cut);
            MibObject o = byOid.get(parent);
            if (o != null && !o.entry()) {
                String instance = oid.substring(parent.length() + 1);
                MibObject row = byOid.get(parent.substring(0, parent.lastIndexOf('.')));
                return Optional.of(new Located(o, instance, row != null && row.entry()));
            }
            at = parent;
        }
        return Optional.empty();
    }

    private static Definition definition(String name, String module, String kind, String body, String value) {
        String[] tokens = value.strip().split("\\s+(?![^(]*\\))");
        if (tokens.length < 2) {
            return null;
        }
        String parent = null;
        List<Long> arcs = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String tok = tokens[i].replaceAll("\\s+", "");
            Matcher n = Pattern.compile("^(?:[a-zA-Z][\\w-]*)?\\((\\d+)\\)$").matcher(tok);
            if (tok.matches("\\d+")) {
                arcs.add(Long.parseLong(tok));
            } else if (n.matches()) {
                arcs.add(Long.parseLong(n.group(1)));
            } else if (i == 0 && tok.matches("[a-zA-Z][\\w-]*")) {
                parent = tok;
            } else {
                return null;
            }
        }
        if (parent == null && arcs.isEmpty()) {
            return null;
        }
        return new Definition(name, module, kind, body, parent, arcs);
    }

    private static String resolve(Definition d, Map<String, Definition> defs, Map<String, Definition> global,
                                  Map<String, String> resolved, int depth) {
        String key = d.module() + "::" + d.name();
        if (resolved.containsKey(key)) {
            return resolved.get(key);
        }
        if (depth > 64) {
            return null;
        }
        String base = "";
        if (d.parent() != null) {
            Definition parent = defs.getOrDefault(d.module() + "::" + d.parent(), global.get(d.parent()));
            base = parent != null ? resolve(parent, defs, global, resolved, depth + 1) : resolved.get(d.parent());
        }
        if (base == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(base);
        for (long arc : d.arcs()) {
            if (!b.isEmpty()) {
                b.append('.');
            }
            b.append(arc);
        }
        resolved.put(key, b.toString());
        return b.toString();
    }

    private static Map<Long, String> typeEnums(Map<String, Map<Long, String>> types, String module, String type) {
        Map<Long, String> local = types.get(module + "::" + type);
        return local != null ? local : types.getOrDefault(type, Map.of());
    }

    private static Map<Long, String> namedNumbers(String text) {
        Map<Long, String> out = new LinkedHashMap<>();
        Matcher m = NAMED_NUMBER.matcher(text);
        while (m.find()) {
            out.putIfAbsent(Long.parseLong(m.group(2)), m.group(1));
        }
        return Map.copyOf(out);
    }

    /** ASN.1 comments run from "--" to the next "--" or the end of the line; quoted texts are kept whole. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (comment) {
                if (c == '\n') {
                    comment = false;
                    out.append(c);
                } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                    comment = false;
                    i++;
                }
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                comment = true;
                i++;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}

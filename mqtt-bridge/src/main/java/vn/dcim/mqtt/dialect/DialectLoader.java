package vn.dcim.mqtt.dialect;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and checks dialect files: the shipped ones listed in {@code dialects/index.yaml} on the class
 * path, and every {@code *.yaml} of a directory ({@code DCIM_DIALECTS_DIR}). A file that cannot be used
 * is refused with its line and the reason ({@link DialectException}); the YAML is read node by node
 * so every key keeps its line.
 */
public final class DialectLoader {
    private static final Set<String> KEYS = Set.of("dialect", "description", "format", "topics", "http", "accept",
            "source", "readings", "fields", "events", "learn", "vectors", "first", "ignore");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final String INDEX = "dialects/index.yaml";

    private DialectLoader() {
    }

    /**
     * The shipped dialects, read once per process: the jar does not change while it runs, and reading and compiling
     * them again cost every teach preview and save (and every engine built) about 20 JSONata compilations. Sharing is
     * safe: a dialect holds no state of its own, and each {@link Expression} evaluation runs in a frame of its own.
     */
    private static volatile List<Dialect> shipped;
    private static volatile List<String> shippedFiles;

    /** The dialects shipped in the jar, in the order of the index (a list that cannot be changed). */
    public static List<Dialect> shipped() {
        List<Dialect> read = shipped;
        if (read == null) {
            List<Dialect> out = new ArrayList<>();
            for (String file : shippedFiles()) {
                out.add(parse(file, resource("dialects/" + file)));
            }
            read = List.copyOf(out);
            shipped = read;
        }
        return read;
    }

    /** The file names listed in the shipped index (a list that cannot be changed). */
    public static List<String> shippedFiles() {
        List<String> read = shippedFiles;
        if (read == null) {
            Node index = compose(INDEX, resource(INDEX));
            List<String> files = new ArrayList<>();
            for (Node n : sequence(INDEX, field(INDEX, mapping(INDEX, index), "dialects", true))) {
                files.add(scalar(INDEX, n));
            }
            read = List.copyOf(files);
            shippedFiles = read;
        }
        return read;
    }

    /** Every {@code *.yaml} of a directory, sorted by name; each refused file is reported to {@code refused}. */
    public static List<Dialect> directory(Path dir, java.util.function.Consumer<DialectException> refused) {
        List<Dialect> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".yaml")
                    || f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                try {
                    out.add(file(p));
                } catch (DialectException e) {
                    refused.accept(e);
                }
            }
        } catch (IOException e) {
            refused.accept(new DialectException(dir.toString(), 0, "cannot list: " + e.getMessage()));
        }
        return out;
    }

    public static Dialect file(Path p) {
        try {
            return parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DialectException(p.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    public static Dialect parse(String file, String yaml) {
        MappingNode root = mapping(file, compose(file, yaml));
        for (NodeTuple t : root.getValue()) {
            String key = scalar(file, t.getKeyNode());
            if (!KEYS.contains(key)) {
                throw new DialectException(file, line(t.getKeyNode()), "unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        Node nameNode = field(file, root, "dialect", true);
        String name = scalar(file, nameNode);
        if (!NAME.matcher(name).matches()) {
            throw new DialectException(file, line(nameNode), "dialect name '" + name + "' is not lower case letters, digits and '-' (2 to 40)");
        }
        Node formatNode = field(file, root, "format", false);
        Dialect.Format format = Dialect.Format.json;
        if (formatNode != null) {
            try {
                format = Dialect.Format.valueOf(scalar(file, formatNode));
            } catch (IllegalArgumentException e) {
                throw new DialectException(file, line(formatNode), "format must be json, text or sparkplug");
            }
        }
        List<TopicFilter> topics = filters(file, field(file, root, "topics", false));
        Dialect.HttpRoute http = http(file, field(file, root, "http", false));
        if (topics.isEmpty() && http == null && field(file, root, "learn", false) == null) {
            throw new DialectException(file, line(root), "a dialect needs 'topics' (MQTT), 'learn' (discovery) or 'http' (an HTTP push route)");
        }
        Node description = field(file, root, "description", false);
        Expression readings = expression(file, field(file, root, "readings", false));
        Expression events = expression(file, field(file, root, "events", false));
        FieldTable fields = FieldTable.read(file, field(file, root, "fields", false));
        if (readings == null && fields == null && events == null) {
            throw new DialectException(file, line(root), "a dialect needs 'readings', 'fields' or 'events'");
        }
        Dialect.Learn learn = null;
        Node learnNode = field(file, root, "learn", false);
        if (learnNode != null) {
            MappingNode l = mapping(file, learnNode);
            List<TopicFilter> learnTopics = filters(file, field(file, l, "topics", true));
            for (NodeTuple t : l.getValue()) {
                String key = scalar(file, t.getKeyNode());
                if (!Set.of("topics", "expression", "over", "read", "accept").contains(key)) {
                    throw new DialectException(file, line(t.getKeyNode()), "unknown key 'learn." + key + "' (known: accept, expression, over, read, topics)");
                }
            }
            List<String> over = new ArrayList<>();
            Node overNode = field(file, l, "over", false);
            if (overNode != null) {
                for (Node n : sequence(file, overNode)) {
                    over.add(scalar(file, n));
                }
            }
            Node readNode = field(file, l, "read", false);
            boolean read = false;
            if (readNode != null) {
                String r = scalar(file, readNode);
                if (!r.equals("true") && !r.equals("false")) {
                    throw new DialectException(file, line(readNode), "learn.read must be true or false");
                }
                read = r.equals("true");
            }
            learn = new Dialect.Learn(learnTopics, expression(file, field(file, l, "expression", true)), over, read,
                    expression(file, field(file, l, "accept", false)));
        }
        return new Dialect(name, description == null ? "" : scalar(file, description), format, topics, http,
                expression(file, field(file, root, "accept", false)), expression(file, field(file, root, "source", true)),
                readings, fields, events, learn, file, first(file, field(file, root, "first", false)),
                filters(file, field(file, root, "ignore", false)));
    }

    private static boolean first(String file, Node node) {
        if (node == null) {
            return false;
        }
        String v = scalar(file, node);
        if (!v.equals("true") && !v.equals("false")) {
            throw new DialectException(file, line(node), "first must be true or false");
        }
        return v.equals("true");
    }

    /**
     * The dialects in the order the engine tries them: the user's marked {@code first}, the shipped ones,
     * then the rest of the user's; a user's dialect named as one before it is refused (reported), the others kept.
     */
    public static List<Dialect> ordered(List<Dialect> shipped, List<Dialect> own, java.util.function.Consumer<DialectException> refused) {
        List<Dialect> first = new ArrayList<>();
        List<Dialect> last = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        shipped.forEach(d -> names.add(d.name()));
        for (Dialect d : own) {
            if (!names.add(d.name())) {
                refused.accept(new DialectException(d.file(), 0, "dialect '" + d.name() + "' is defined already"));
            } else {
                (d.first() ? first : last).add(d);
            }
        }
        List<Dialect> out = new ArrayList<>(first);
        out.addAll(shipped);
        out.addAll(last);
        return out;
    }

    private static Dialect.HttpRoute http(String file, Node node) {
        if (node == null) {
            return null;
        }
        MappingNode m = mapping(file, node);
        Node method = field(file, m, "method", false);
        Node path = field(file, m, "path", true);
        String p = scalar(file, path);
        if (!p.startsWith("/")) {
            throw new DialectException(file, line(path), "http path must start with '/'");
        }
        List<String> also = new ArrayList<>();
        Node others = field(file, m, "also", false);
        if (others != null) {
            for (Node n : sequence(file, others)) {
                String a = scalar(file, n);
                if (!a.startsWith("/")) {
                    throw new DialectException(file, line(n), "http also: each path must start with '/'");
                }
                also.add(a);
            }
        }
        return new Dialect.HttpRoute(method == null ? "POST" : scalar(file, method).toUpperCase(), p, also);
    }

    private static List<TopicFilter> filters(String file, Node node) {
        List<TopicFilter> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Node n : sequence(file, node)) {
            String f = scalar(file, n);
            String problem = TopicFilter.problem(f).orElse(null);
            if (problem != null) {
                throw new DialectException(file, line(n), problem);
            }
            out.add(TopicFilter.of(f));
        }
        return out;
    }

    static Expression expression(String file, Node node) {
        if (node == null) {
            return null;
        }
        String text = scalar(file, node);
        if (text.isBlank()) {
            throw new DialectException(file, line(node), "an empty expression");
        }
        return Expression.compile(file, line(node), text);
    }

    private static Node compose(String file, String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1024 * 1024);
        try (Reader r = new StringReader(yaml)) {
            Node n = new Yaml(options).compose(r);
            if (n == null) {
                throw new DialectException(file, 1, "an empty file");
            }
            return n;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new DialectException(file, line, "not YAML: " + e.getProblem());
        } catch (IOException | RuntimeException e) {
            if (e instanceof DialectException d) {
                throw d;
            }
            throw new DialectException(file, 0, "not YAML: " + e.getMessage());
        }
    }

    static MappingNode mapping(String file, Node n) {
        if (n instanceof MappingNode m) {
            return m;
        }
        throw new DialectException(file, line(n), "expected a mapping (key: value)");
    }

    static List<Node> sequence(String file, Node n) {
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        throw new DialectException(file, line(n), "expected a list");
    }

    static String scalar(String file, Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new DialectException(file, line(n), "expected a text value");
    }

    static Node field(String file, MappingNode m, String key, boolean required) {
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                if (seen.put(k.getValue(), t.getValueNode()) != null && k.getValue().equals(key)) {
                    throw new DialectException(file, line(k), "'" + key + "' given twice");
                }
            }
        }
        Node n = seen.get(key);
        if (n == null && required) {
            throw new DialectException(file, line(m), "'" + key + "' is missing");
        }
        return n;
    }

    static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static String resource(String path) {
        try (InputStream in = DialectLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new DialectException(path, 0, "not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DialectException(path, 0, "cannot read: " + e.getMessage());
        }
    }
}

package vn.dcim.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dcim.mqtt.dialect.Dialect;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.DialectException;
import vn.dcim.mqtt.dialect.DialectLimits;
import vn.dcim.mqtt.dialect.DialectLoader;
import vn.dcim.mqtt.dialect.VectorRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * ./dcim dialect test FILE and ./dcim dialect check FILE.yaml: vendor dialects without a
 * server. Exit codes (README):
 * <pre>
 *   test:  0 every message taken and as its "expect" says   1 a message no dialect takes, one refused,
 *          or one that differs from its "expect"              2 the vector file or a dialect file cannot be used
 *   check: 0 the dialect is valid                            1 it is not (line and reason printed)
 *          2 the file cannot be read
 * </pre>
 */
@Command(name = "dialect", description = "Vendor MQTT dialects: test vectors, check a dialect file (no server needed).",
        subcommands = {DialectCommand.Test.class, DialectCommand.Check.class})
public class DialectCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** The shipped dialects, then DCIM_DIALECTS_DIR's, then those given with --dialect. */
    static DialectEngine engine(List<Path> extra) {
        List<Dialect> dialects = new ArrayList<>(DialectLoader.shipped());
        String dir = Environment.get("DCIM_DIALECTS_DIR");
        if (dir != null) {
            dialects.addAll(DialectLoader.directory(Path.of(dir), e -> System.err.println("dialect refused: " + e.getMessage())));
        }
        for (Path p : extra) {
            Dialect d = DialectLoader.file(p);
            dialects.removeIf(x -> x.name().equals(d.name()));
            dialects.add(d);
        }
        return new DialectEngine(dialects, DialectLimits.defaults());
    }

    @Command(name = "test", description = "Run a vector file through the dialects, in order, and print one JSON line per reading or event.")
    static class Test implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "vector file: one JSON message a line (docs/dialects.md)") Path file;
        @Option(names = "--dialect", description = "also load this dialect file (replaces a shipped one of the same name)") List<Path> extra = new ArrayList<>();

        @Override
        public Integer call() {
            ObjectMapper json = new ObjectMapper();
            DialectEngine engine;
            try {
                engine = engine(extra);
            } catch (DialectException e) {
                System.err.println("dialect test: " + e.getMessage());
                return 2;
            }
            List<VectorRunner.Outcome> outcomes;
            try {
                outcomes = new VectorRunner(engine).run(file, Instant.now(), n -> {
                    try {
                        System.out.println(json.writeValueAsString(n));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (IOException e) {
                System.err.println("dialect test: cannot read " + file + ": " + e.getMessage());
                return 2;
            } catch (VectorRunner.BadVector | IllegalArgumentException e) {
                System.err.println("dialect test: " + file + ": " + e.getMessage());
                return 2;
            }
            int bad = 0;
            for (VectorRunner.Outcome o : outcomes) {
                boolean expectedUntaken = !o.taken() && o.mismatches().isEmpty() && o.output().stream()
                        .allMatch(n -> n.path("kind").asText().equals("untaken") || n.path("kind").asText().equals("refused"))
                        && expectsSomething(o);
                if (!o.mismatches().isEmpty()) {
                    o.mismatches().forEach(m -> System.err.println("line " + o.line() + " (" + o.what() + "): " + m));
                    bad++;
                } else if (!o.taken() && !expectedUntaken) {
                    bad++;
                }
            }
            System.err.println("dialect test: " + outcomes.size() + " messages, " + bad + " not as expected");
            return bad == 0 ? 0 : 1;
        }

        /** A vector that says "untaken" or "refused" is fine when it is; one without "expect" must be taken. */
        private boolean expectsSomething(VectorRunner.Outcome o) {
            return o.declaredExpectation();
        }
    }

    @Command(name = "check", description = "Check a dialect file: YAML, keys, topic filters, JSONata expressions.")
    static class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.yaml") Path file;

        @Override
        public Integer call() {
            if (!Files.isReadable(file)) {
                System.err.println("dialect check: cannot read " + file);
                return 2;
            }
            try {
                Dialect d = DialectLoader.file(file);
                new DialectEngine(List.of(d), DialectLimits.defaults());
                System.out.println(file + ": dialect " + d.name() + " is valid ("
                        + (d.http() != null ? "HTTP " + d.http().method() + " " + d.http().path() : "topics " + d.topics()) + ")");
                return 0;
            } catch (DialectException e) {
                System.out.println(e.getMessage());
                return 1;
            }
        }
    }
}

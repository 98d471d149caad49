package vn.dcim.web.cli;

import vn.dcim.web.broker.PortInUseException;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a start failed, in the one line an operator reads: what is wrong and which variable to change.
 * A start fails deep inside the application context, wrapped in bean-creation exceptions whose traces
 * run to a hundred lines with the reason on one of them; the line is found by walking the causes.
 * The full trace goes to the log at DEBUG only.
 */
final class StartRefusal {
    private static final Pattern VARIABLE = Pattern.compile("\\bDCIM_[A-Z_]+\\b");
    /** "port 8080", "port: 8080", "*:8080", "127.0.0.1:8080" in the messages of a failed bind. */
    private static final Pattern PORT = Pattern.compile("(?:port:? *|[*\\d\\]]:)(\\d+)", Pattern.CASE_INSENSITIVE);

    private StartRefusal() {
    }

    /**
     * The line for {@code failure}.
     *
     * @param failure    what the start threw
     * @param httpPorts  the HTTP listeners' ports and the variable that sets each (DCIM_PORT, DCIM_HTTPS_PORT)
     * @param externalDb the database URL when it is the operator's own (DCIM_DB_URL), null for the embedded one
     */
    static String line(Throwable failure, Map<Integer, String> httpPorts, String externalDb) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof vn.dcim.core.upgrade.UpgradeOrder.Refused r) {
                // the product's own migrations refused: the upgrade waits for the release before's background migrations
                return r.getMessage();
            }
        }
        for (Throwable t : chain) {
            if (t instanceof PortInUseException p) {
                String variable = p.tls() ? "DCIM_MQTT_TLS_PORT" : "DCIM_MQTT_PORT";
                return p.getMessage() + ": stop what holds it or set another " + variable;
            }
        }
        // our own refusals name their variable: the deepest such message is the reason, the rest wrap it
        Optional<String> named = chain.stream().map(Throwable::getMessage).filter(m -> m != null && VARIABLE.matcher(m).find())
                .reduce((outer, inner) -> inner).map(StartRefusal::firstLine);
        if (named.isPresent()) {
            return named.get();
        }
        if (chain.stream().anyMatch(t -> t instanceof BindException)) {
            Integer port = chain.stream().map(Throwable::getMessage).filter(m -> m != null).map(PORT::matcher)
                    .filter(Matcher::find).map(m -> Integer.valueOf(m.group(1))).findFirst().orElse(null);
            String variable = port == null ? null : httpPorts.get(port);
            if (variable != null) {
                return httpPortInUse(port, variable);
            }
            return "a port is in use by another program (" + firstLine(deepest(chain).getMessage())
                    + "): stop what holds it or set another DCIM_PORT, DCIM_HTTPS_PORT, DCIM_SYSLOG_PORT, DCIM_SNMP_TRAP_PORT";
        }
        Optional<Throwable> sql = chain.stream().filter(t -> t instanceof SQLException).reduce((outer, inner) -> inner);
        if (sql.isPresent()) {
            String reason = firstLine(sql.get().getMessage());
            return externalDb != null
                    ? "the database " + externalDb + " cannot be used (" + reason + "): check DCIM_DB_URL, DCIM_DB_USER and DCIM_DB_PASSWORD"
                    : "the embedded database cannot be used (" + reason + "): see the log above; DCIM_DB_START_TIMEOUT gives it longer";
        }
        return "did not start: " + firstLine(deepest(chain).getMessage());
    }

    /** The line for the first of {@code httpPorts} another program holds, or empty when all are free. */
    static Optional<String> busyHttpPort(Map<Integer, String> httpPorts) {
        for (Map.Entry<Integer, String> p : httpPorts.entrySet()) {
            if (p.getKey() == 0) {
                continue;
            }
            // on every interface, as the server binds: a program on any one of them keeps the server from starting
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(p.getKey()));
            } catch (IOException e) {
                return Optional.of(httpPortInUse(p.getKey(), p.getValue()));
            }
        }
        return Optional.empty();
    }

    private static String httpPortInUse(int port, String variable) {
        return "the HTTP" + (variable.equals("DCIM_HTTPS_PORT") ? "S" : "") + " port " + port
                + " is in use by another program: stop what holds it or set another " + variable
                + (variable.equals("DCIM_PORT") ? " (or --port)" : "");
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static Throwable deepest(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).getMessage() != null) {
                return chain.get(i);
            }
        }
        return chain.get(0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }
}

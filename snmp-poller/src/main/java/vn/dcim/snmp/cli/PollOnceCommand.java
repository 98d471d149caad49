package vn.dcim.snmp.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dcim.snmp.poll.AgentAddress;
import vn.dcim.snmp.poll.DevicePoller;
import vn.dcim.snmp.poll.PollResult;
import vn.dcim.snmp.poll.PolledValue;
import vn.dcim.snmp.poll.SnmpClient;
import vn.dcim.snmp.poll.SnmpException;
import vn.dcim.snmp.profile.CentreProfiles;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * ./dcim poll-once: polls one agent once, without the rest of the product, and prints the detected
 * profiles and then one JSON line per reading. A poll that reads nothing ends with one line on stderr
 * saying why (never a stack trace) and an exit code a script can tell apart:
 * <pre>
 *   0 read (values refused one by one are only listed with --problems)
 *   2 bad arguments              3 the agent answered with an error
 *   4 host name does not resolve 5 no answer: host down or unreachable
 *   6 the host is up but its agent ignores us (SNMPv1/v2c: most often a wrong community)
 *   7 no SNMP agent on that port 8 SNMPv3 credentials refused (the agent's report says which)
 *   9 the poll's request budget was spent (an agent that keeps a walk going)
 * </pre>
 */
@Command(name = "poll-once", description = "Poll one SNMP agent once and print its readings as JSON lines.")
public class PollOnceCommand implements Callable<Integer> {
    @Option(names = "--host", required = true) String host;
    @Option(names = "--port", defaultValue = "161") int port;
    @Option(names = "--version", description = "1, 2c or 3 (default 2c, or 3 with --v3-user)") String version;
    @Option(names = "--community", defaultValue = "public") String community;
    @Option(names = "--v3-user") String v3User;
    @Option(names = "--v3-auth-proto", description = "MD5, SHA, SHA224, SHA256, SHA384, SHA512") String authProto;
    @Option(names = "--v3-auth-pass") String authPass;
    @Option(names = "--v3-priv-proto", description = "DES, AES128, AES192, AES256") String privProto;
    @Option(names = "--v3-priv-pass") String privPass;
    @Option(names = "--profile", description = "use this profile instead of detecting") String profile;
    @Option(names = "--profiles-dir", defaultValue = "${env:DCIM_SNMP_PROFILES_DIR}", description = "the centre's own profiles beside the shipped ones (default DCIM_SNMP_PROFILES_DIR, "
            + "else DCIM_DATA_DIR/profiles): try a new profile on the device before the product reads it") String profilesDir;
    @Option(names = "--data-dir", hidden = true, defaultValue = "${env:DCIM_DATA_DIR}") String dataDir;
    @Option(names = "--timeout", defaultValue = "3000", description = "ms per request") int timeoutMs;
    @Option(names = "--retries", defaultValue = "1") int retries;
    @Option(names = "--problems", description = "also print values that were refused, with the reason") boolean showProblems;

    @Override
    public Integer call() {
        String v = version != null ? version : v3User != null ? "3" : "2c";
        AgentAddress agent = new AgentAddress(host, port, v, community, v3User, authProto, authPass, privProto, privPass,
                timeoutMs, retries);
        try (SnmpClient client = new SnmpClient()) {
            CentreProfiles profiles = CentreProfiles.load(ProfileCommand.centreDir(profilesDir, dataDir));
            profiles.rejected().forEach(r -> System.err.println("profile left out: " + r));
            DevicePoller poller = new DevicePoller(client, profiles.catalog());
            PollResult r;
            try {
                r = poller.poll(agent, profile).get();
            } catch (ExecutionException e) {
                Throwable why = poller.explain(agent, e).get();
                System.err.println("poll-once: " + host + ":" + port + ": " + message(why));
                return why instanceof SnmpException s ? s.failure().exitCode : SnmpException.Failure.agent_error.exitCode;
            }
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("profiles", r.profiles());
            head.put("sysObjectID", r.sysObjectId());
            head.put("sysDescr", r.sysDescr());
            System.out.println(JsonLine.of(head));
            for (PolledValue pv : r.values()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("metric", pv.metric());
                line.put("instance", pv.instance());
                line.put("value", pv.value());
                line.put("text", pv.text());
                line.put("unit", pv.unit());
                line.put("oid", pv.oid());
                System.out.println(JsonLine.of(line));
            }
            if (showProblems) {
                r.problems().forEach(p -> System.err.println("refused: " + p));
            } else if (!r.refused().isEmpty()) {
                System.err.println(r.refused().size() + " value(s) refused (--problems lists them)");
            }
            if (r.profiles().isEmpty()) {
                System.err.println("No profile matches " + r.sysObjectId() + " \"" + r.sysDescr() + "\"; use --profile");
            }
            return 0;
        } catch (ExecutionException e) {
            System.err.println("poll-once: " + host + ":" + port + ": " + message(SnmpException.of(e)));
            return SnmpException.Failure.agent_error.exitCode;
        } catch (IllegalArgumentException e) {
            System.err.println("poll-once: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** One line: the message, or the kind of fault when a library left the message out. */
    private static String message(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}

package vn.dcim.web.api.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.snmp.poll.AgentAddress;
import vn.dcim.snmp.poll.PollerProfiles;
import vn.dcim.snmp.poll.SnmpSettings;
import vn.dcim.snmp.profile.Profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Looks for SNMP agents in an IPv4 range (as LibreNMS's discovery does) and proposes each one that
 * answers as a device: its address, what it says it is and the profiles its identity names (the test
 * of the set-up screen detects the rest). One GET of sysDescr and sysObjectID per address, all sent
 * at once on one socket; a range is capped so that a typo cannot sweep a whole network.
 */
@Singleton
public class AgentScan extends SnmpAsker {
    /** At most a /24: a centre's management network, not the provincial WAN. */
    static final int MAX_ADDRESSES = 256;
    private static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
    private static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");

    AgentScan(SnmpSettings settings, PollerProfiles profiles) {
        super(settings, profiles);
    }

    @Serdeable
    public record Found(String host, String sysDescr, String sysObjectId, List<String> profiles) {
    }

    public List<Found> scan(String cidr, int port, String community, int timeoutMs) {
        List<String> hosts = addresses(cidr);
        List<CompletableFuture<Found>> asked = new ArrayList<>();
        for (String host : hosts) {
            // one retry: a busy agent card (or one polled at this moment) may drop the first request
            AgentAddress agent = new AgentAddress(host, port, "2c", community, null, null, null, null, null, timeoutMs, 1);
            asked.add(client.get(agent, List.of(SYS_DESCR, SYS_OBJECT_ID))
                    .thenApply(vbs -> found(host, vbs))
                    .exceptionally(e -> null));
        }
        try {
            CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).get(2L * timeoutMs + 5_000L, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // whoever has not answered by then is not proposed
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        return asked.stream().map(f -> f.getNow(null)).filter(Objects::nonNull).toList();
    }

    private Found found(String host, List<VariableBinding> vbs) {
        String descr = "";
        String objectId = "";
        for (VariableBinding vb : vbs) {
            if (vb.getVariable() == null || vb.getVariable().isException()) {
                continue;
            }
            if (vb.getOid().equals(SYS_DESCR)) {
                descr = vb.getVariable().toString();
            } else if (vb.getOid().equals(SYS_OBJECT_ID)) {
                objectId = vb.getVariable().toString();
            }
        }
        String d = descr;
        String o = objectId;
        return new Found(host, d, o, profiles.catalog().all().stream().filter(p -> p.match().byIdentity(o, d)).map(Profile::name).toList());
    }

    /** The addresses of an IPv4 CIDR block, network and broadcast addresses left out above a /31. */
    static List<String> addresses(@Nullable String cidr) {
        String[] parts = cidr == null ? new String[0] : cidr.trim().split("/");
        if (parts.length != 2 || !parts[0].matches("\\d{1,3}(\\.\\d{1,3}){3}") || !parts[1].matches("\\d{1,2}")) {
            throw new InvalidInputException("cidr", "an IPv4 range such as 10.20.0.0/24").explained("error.scan.cidr");
        }
        int bits = Integer.parseInt(parts[1]);
        if (bits > 32 || 32 - bits > 8) {
            throw new InvalidInputException("cidr", "at most " + MAX_ADDRESSES + " addresses (/24 to /32)").explained("error.scan.too-many", MAX_ADDRESSES);
        }
        long base = 0;
        for (String octet : parts[0].split("\\.")) {
            int v = Integer.parseInt(octet);
            if (v > 255) {
                throw new InvalidInputException("cidr", "an IPv4 range such as 10.20.0.0/24").explained("error.scan.cidr");
            }
            base = (base << 8) | v;
        }
        long size = 1L << (32 - bits);
        base &= ~(size - 1);
        List<String> out = new ArrayList<>();
        for (long a = base; a < base + size; a++) {
            if (size > 2 && (a == base || a == base + size - 1)) {
                continue;
            }
            out.add(((a >> 24) & 0xff) + "." + ((a >> 16) & 0xff) + "." + ((a >> 8) & 0xff) + "." + (a & 0xff));
        }
        return out;
    }
}

package vn.dcim.core.network;

import io.micronaut.core.annotation.Nullable;
import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Probes an ISP link: a TCP connect ("host:port") or an ICMP echo ("host") to each probe target,
 * leaving from the link's own source address so the traffic takes that provider's path.
 */
@RequiredArgsConstructor
public class LinkProbe {
    private final int attempts;
    private final int timeoutMs;

    public record Result(boolean up, double lossPct, @Nullable Double latencyMs, String message) {
    }

    public Result probe(IspLink link) {
        List<String> targets = targets(link.probeTargets());
        if (targets.isEmpty()) {
            return new Result(false, 100, null, "no probe targets configured");
        }
        int sent = 0;
        int answered = 0;
        double totalMs = 0;
        List<String> failures = new ArrayList<>();
        for (String target : targets) {
            for (int i = 0; i < attempts; i++) {
                sent++;
                long start = System.nanoTime();
                String error = once(target, link.sourceAddress());
                if (error == null) {
                    answered++;
                    totalMs += (System.nanoTime() - start) / 1e6;
                } else if (!failures.contains(target + ": " + error)) {
                    failures.add(target + ": " + error);
                }
            }
        }
        double loss = 100.0 * (sent - answered) / sent;
        Double latency = answered == 0 ? null : totalMs / answered;
        String message = answered == sent ? "all " + sent + " probes answered" : String.join("; ", failures);
        return new Result(answered > 0, loss, latency, message);
    }

    private String once(String target, @Nullable String source) {
        int colon = target.lastIndexOf(':');
        try {
            if (colon > 0) {
                try (Socket s = new Socket()) {
                    if (source != null && !source.isBlank()) {
                        s.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
                    }
                    s.connect(new InetSocketAddress(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1))), timeoutMs);
                    return null;
                }
            }
            return InetAddress.getByName(target).isReachable(timeoutMs) ? null : "no echo reply";
        } catch (IOException | NumberFormatException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
    }

    private static List<String> targets(@Nullable String csv) {
        if (csv == null) {
            return List.of();
        }
        return java.util.Arrays.stream(csv.split("[,\\s]+")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }
}

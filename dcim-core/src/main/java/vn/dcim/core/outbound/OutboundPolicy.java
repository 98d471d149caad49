package vn.dcim.core.outbound;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Art. 25 (and against server-side request forgery): where the product may send a request. A
 * destination must be on the administrator's allow-list, and every address its name resolves to must
 * be an outside one (not loopback, link-local, unspecified, multicast, nor one of the product's own
 * ports on this machine) unless the allow-list entry explicitly allows internal addresses. The check
 * is made when a webhook is saved and again when it is sent; the sender connects to an address
 * returned here, never resolves the name again, so a DNS answer that changes in between (rebinding)
 * cannot lead it elsewhere.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutboundPolicy {
    private final OutboundHostRepository hosts;
    private final HostResolver resolver;
    private final OwnPorts ownPorts;

    /** Where a checked request goes: the name for the Host header and TLS, the addresses to connect to. */
    public record Destination(URI uri, String host, int port, boolean https, List<InetAddress> addresses) {
    }

    /** The destination of an http(s) URL, or {@link OutboundRefused} with the reason. */
    public Destination check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new OutboundRefused("only http and https addresses are allowed", "error.outbound.scheme");
        }
        String host = normalise(uri.getHost());
        if (host.isEmpty()) {
            throw new OutboundRefused("the address names no host", "error.outbound.no-host");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        OutboundHost entry = allowed(host, port)
                .orElseThrow(() -> new OutboundRefused(display(host) + ":" + port + " is not on the allow-list of outbound hosts",
                        "error.outbound.not-allowed", display(host) + ":" + port));
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new OutboundRefused(display(host) + " cannot be resolved", "error.outbound.unresolved", display(host));
        }
        if (addresses.isEmpty()) {
            throw new OutboundRefused(display(host) + " cannot be resolved", "error.outbound.unresolved", display(host));
        }
        if (!entry.allowInternal()) {
            for (InetAddress a : addresses) {
                internalReason(a, port).ifPresent(why -> {
                    throw new OutboundRefused(display(host) + " resolves to " + a.getHostAddress() + ", " + why.text()
                            + "; refused unless its allow-list entry allows internal addresses",
                            "error.outbound.internal", display(host), a.getHostAddress(), why.key());
                });
            }
        }
        return new Destination(uri, host, port, scheme.equals("https"), List.copyOf(addresses));
    }

    private Optional<OutboundHost> allowed(String host, int port) {
        return hosts.findByHost(host).stream().filter(h -> h.matches(host, port)).findFirst();
    }

    /** Why an address is internal, or empty when it is an outside one. */
    Optional<String> internal(InetAddress a, int port) {
        return internalReason(a, port).map(Reason::text);
    }

    /** Why an address is internal, in English and as a message key ("noun.internal.loopback") for the reader's language. */
    record Reason(String text, String key) {
    }

    private Optional<Reason> internalReason(InetAddress a, int port) {
        if (a.isLoopbackAddress()) {
            return Optional.of(new Reason("a loopback address", "noun.internal.loopback"));
        }
        if (a.isAnyLocalAddress() || (a instanceof Inet4Address && (a.getAddress()[0] == 0))) {
            return Optional.of(new Reason("an unspecified address", "noun.internal.unspecified"));
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of(new Reason("a link-local address", "noun.internal.link-local"));
        }
        if (a.isMulticastAddress()) {
            return Optional.of(new Reason("a multicast address", "noun.internal.multicast"));
        }
        if (ownPorts.contains(port) && onThisMachine(a)) {
            return Optional.of(new Reason("the product's own port " + port + " on this machine", "noun.internal.own-port"));
        }
        return Optional.empty();
    }

    private static boolean onThisMachine(InetAddress a) {
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return true;
        }
    }

    /** Lower case, without the brackets of an IPv6 literal or the trailing dot of a fully qualified name. */
    public static String normalise(String host) {
        if (host == null) {
            return "";
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static String display(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}

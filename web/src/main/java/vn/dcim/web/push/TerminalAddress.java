package vn.dcim.web.push;

import io.micronaut.core.annotation.Nullable;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an address a terminal gave (a picture's pictureURL) points back at that terminal: http or https, no user
 * in it, and its host the very address the push came from, compared as IP literals. A host name is refused, never
 * looked up: a name could lead anywhere (another machine of the centre's network, or a DNS answer that changes between
 * the check and the fetch), and a terminal names itself by its address.
 */
final class TerminalAddress {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private TerminalAddress() {
    }

    /** The address as a URI when it is one to fetch from {@code source}; empty otherwise. */
    static Optional<URI> of(@Nullable String address, @Nullable String source) {
        if (address == null || source == null) {
            return Optional.empty();
        }
        try {
            URI u = new URI(address.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getRawUserInfo() != null || u.getHost() == null) {
                return Optional.empty();
            }
            return sameHost(u, source) ? Optional.of(u) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** True when the URI's host is the IP literal {@code source} (an IPv4 address given as IPv4-mapped IPv6 is the same). */
    static boolean sameHost(URI u, String source) {
        byte[] host = literal(u.getHost());
        byte[] from = literal(source);
        return host != null && from != null && Arrays.equals(host, from);
    }

    /** The bytes of an IP literal (brackets of an IPv6 host dropped), never a name lookup; null for anything else. */
    @Nullable
    static byte[] literal(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        boolean v4 = IPV4.matcher(t).matches();
        if (!v4 && !(t.contains(":") && IPV6.matcher(t).matches())) {
            return null;
        }
        if (v4 && Arrays.stream(t.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255 || octet.length() > 1 && octet.startsWith("0"))) {
            // not an address (or an octal-looking one that tools read differently): InetAddress would take it for a name
            return null;
        }
        try {
            // in brackets an IPv6 literal that does not parse is refused at once instead of looked up as a name
            return InetAddress.getByName(v4 ? t : "[" + t + "]").getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}

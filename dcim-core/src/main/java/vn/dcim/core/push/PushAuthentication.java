package vn.dcim.core.push;

import com.google.crypto.tink.Mac;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.crypto.Digests;
import vn.dcim.core.crypto.KeyDirectory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A pushing device's credential in the Authorization header (Art. 25.3: every device
 * authenticates), for devices configured with a user name and password rather than a URL holding
 * their token, as Hikvision's "HTTP listening" is: the user name is the device id, the password its
 * push token. HTTP Basic (RFC 7617) and Digest (RFC 7616, qop=auth, MD5 and SHA-256 and their -sess
 * forms). Digest nonces are stateless: the time they were issued, signed with HMAC-SHA256 (Tink, key
 * "push-nonces" of the key directory), good for {@link PushSettings#nonceMaxAge()}; an older one
 * with an otherwise right answer is refused as stale so the device answers a new challenge at once. A
 * response seen before (same nonce, nc and cnonce) is refused as replayed for as long as its nonce lives,
 * by every instance of the product on this database: the answers seen are kept in the table
 * push_digest_seen, pruned of those whose nonce has expired. The challenges offer {@code userhash=true}
 * (RFC 7616 section 3.4.4): a device may send H(user:realm) instead of its user name.
 */
@Singleton
@RequiredArgsConstructor
public class PushAuthentication {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern NONCE = Pattern.compile("([0-9a-f]{1,16})\\.([A-Za-z0-9_-]{20,100})");
    private static final Pattern NC = Pattern.compile("[0-9A-Fa-f]{8}");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{32}|[0-9A-Fa-f]{64}");
    private static final int MAX_HEADER = 4096;
    private static final long PRUNE_EVERY_MS = 60_000;
    private static final long FUTURE_SLACK_MS = 60_000;

    private final PushCredentials credentials;
    private final KeyDirectory keys;
    private final PushSettings settings;
    private final Clock clock;
    private final DigestAnswerSeenRepository seen;
    private final AtomicLong prunedAt = new AtomicLong(Long.MIN_VALUE / 2);

    /** Why a header does not authenticate; each is counted under its name by the receiver. */
    public enum Refusal {
        /** no Authorization header: the first request of the Digest handshake. */
        no_credential,
        /** a header that is neither Basic nor Digest, or whose syntax or parameters are broken. */
        malformed_credential,
        /** a well-formed header whose user, password, nonce or response does not hold. */
        wrong_credential,
        /** the right answer to a nonce that has expired: challenged again with stale=true. */
        stale_nonce,
        /** a Digest response seen before with the same nonce, nc and cnonce. */
        replayed
    }

    /** What the header proved: the credential, or why not. */
    public sealed interface Outcome {
        record Authenticated(PushCredential credential, String scheme) implements Outcome {
        }

        record Refused(Refusal refusal, String why) implements Outcome {
        }
    }

    /**
     * The credential of {@code dialect} the header proves, for a request of {@code method} to
     * {@code requestUri} (the path with its query, as the client sent it: Digest signs it).
     */
    public Outcome authenticate(String dialect, String method, String requestUri, @Nullable String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return new Outcome.Refused(Refusal.no_credential, "no Authorization header");
        }
        if (authorization.length() > MAX_HEADER) {
            return new Outcome.Refused(Refusal.malformed_credential, "an Authorization header of " + authorization.length() + " characters");
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        String scheme = (space < 0 ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : header.substring(space + 1).strip();
        return switch (scheme) {
            case "basic" -> basic(dialect, rest);
            case "digest" -> digest(dialect, method, requestUri, rest);
            default -> new Outcome.Refused(Refusal.malformed_credential, "neither Basic nor Digest");
        };
    }

    /**
     * The WWW-Authenticate values of a 401 (RFC 7235 section 4.1), the strongest first: Digest SHA-256, Digest
     * MD5 (what Hikvision's "MD5digest" answers), Basic. {@code stale} tells a device whose nonce
     * expired to answer the new one without asking for the password again; {@code userhash=true} that
     * it may hash its user name (RFC 7616 section 3.4.4).
     */
    public List<String> challenges(boolean stale) {
        String nonce = nonce();
        String tail = ", nonce=\"" + nonce + "\"" + (stale ? ", stale=true" : "") + ", userhash=true";
        return List.of(
                "Digest realm=\"" + PushCredentials.REALM + "\", qop=\"auth\", algorithm=SHA-256" + tail,
                "Digest realm=\"" + PushCredentials.REALM + "\", qop=\"auth\", algorithm=MD5" + tail,
                "Basic realm=\"" + PushCredentials.REALM + "\", charset=\"UTF-8\"");
    }

    private Outcome basic(String dialect, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Outcome.Refused(Refusal.malformed_credential, "Basic credentials that are not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return new Outcome.Refused(Refusal.malformed_credential, "Basic credentials without user:password");
        }
        String user = decoded.substring(0, colon);
        Optional<PushCredential> c = credentials.byBasic(dialect, user, decoded.substring(colon + 1));
        return c.<Outcome>map(x -> new Outcome.Authenticated(x, "basic"))
                .orElseGet(() -> new Outcome.Refused(Refusal.wrong_credential, "wrong Basic password for user " + printable(user)));
    }

    private Outcome digest(String dialect, String method, String requestUri, String text) {
        Map<String, String> p = params(text);
        if (p == null) {
            return new Outcome.Refused(Refusal.malformed_credential, "Digest parameters that do not parse");
        }
        for (String name : List.of("username", "realm", "nonce", "uri", "response", "qop", "nc", "cnonce")) {
            if (p.get(name) == null || p.get(name).isEmpty()) {
                return new Outcome.Refused(Refusal.malformed_credential, "Digest without " + name);
            }
        }
        String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        boolean session = algorithm.endsWith("-SESS");
        String base = session ? algorithm.substring(0, algorithm.length() - 5) : algorithm;
        if (!base.equals("MD5") && !base.equals("SHA-256")) {
            return new Outcome.Refused(Refusal.malformed_credential, "Digest algorithm " + printable(algorithm) + " is not offered");
        }
        String userhash = p.getOrDefault("userhash", "false").toLowerCase(Locale.ROOT);
        if (!p.get("qop").equals("auth") || !NC.matcher(p.get("nc")).matches() || !HEX.matcher(p.get("response")).matches()
                || !(userhash.equals("true") || userhash.equals("false"))) {
            return new Outcome.Refused(Refusal.malformed_credential, "Digest with a qop, nc, response or userhash not offered");
        }
        String user = p.get("username");
        if (userhash.equals("true")) {
            // RFC 7616 section 3.4.4: username = H(user ":" realm), in the hash of the answer's algorithm
            if (!HEX.matcher(user).matches() || user.length() != (base.equals("MD5") ? 32 : 64)) {
                return new Outcome.Refused(Refusal.malformed_credential, "a Digest userhash that is no " + base + " hash");
            }
            if (!p.get("realm").equals(PushCredentials.REALM)) {
                return new Outcome.Refused(Refusal.wrong_credential, "Digest for another realm, hashed user " + user);
            }
            Optional<String> device = credentials.deviceOfUserhash(dialect, base, user.toLowerCase(Locale.ROOT));
            if (device.isEmpty()) {
                return new Outcome.Refused(Refusal.wrong_credential, "a Digest userhash of no device with a credential: " + user);
            }
            user = device.get();
        }
        if (!p.get("realm").equals(PushCredentials.REALM)) {
            return new Outcome.Refused(Refusal.wrong_credential, "Digest for another realm, user " + printable(user));
        }
        if (!p.get("uri").equals(requestUri)) {
            return new Outcome.Refused(Refusal.wrong_credential, "Digest signs another URI than the request's, user " + printable(user));
        }
        String nonce = p.get("nonce");
        Long issuedAt = issuedAt(nonce);
        if (issuedAt == null) {
            return new Outcome.Refused(Refusal.wrong_credential, "a nonce this server did not issue, user " + printable(user));
        }
        long now = clock.millis();
        boolean stale = now - issuedAt > settings.nonceMaxAge().toMillis() || issuedAt - now > FUTURE_SLACK_MS;
        String ha2 = Digests.hex(base, method + ":" + p.get("uri"));
        byte[] response = p.get("response").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        for (PushCredentials.DigestSecret s : credentials.digestSecrets(dialect, user, base)) {
            // RFC 7616 section 3.4.2: the -sess forms hash the nonce and cnonce into A1
            String ha1 = session ? Digests.hex(base, s.ha1() + ":" + nonce + ":" + p.get("cnonce")) : s.ha1();
            String expected = Digests.hex(base, ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), response)) {
                if (stale) {
                    return new Outcome.Refused(Refusal.stale_nonce, "a right Digest answer to an expired nonce, user " + printable(user));
                }
                if (!firstTime(nonce + ":" + p.get("nc") + ":" + p.get("cnonce"), issuedAt, now)) {
                    return new Outcome.Refused(Refusal.replayed, "a Digest response seen before, user " + printable(user));
                }
                return new Outcome.Authenticated(s.credential(), "digest");
            }
        }
        return new Outcome.Refused(Refusal.wrong_credential, "wrong Digest response for user " + printable(user));
    }

    private String nonce() {
        String time = Long.toHexString(clock.millis());
        try {
            return time + "." + B64.encodeToString(mac().computeMac(time.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a Digest nonce: " + e.getMessage(), e);
        }
    }

    /** When a nonce of ours was issued; null when its signature does not hold. */
    private Long issuedAt(String nonce) {
        var m = NONCE.matcher(nonce);
        if (!m.matches()) {
            return null;
        }
        try {
            mac().verifyMac(Base64.getUrlDecoder().decode(m.group(2)), m.group(1).getBytes(StandardCharsets.US_ASCII));
            return Long.parseUnsignedLong(m.group(1), 16);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private Mac mac() {
        return keys.mac("push-nonces");
    }

    /**
     * True the first time any instance on this database sees a (nonce, nc, cnonce) while its nonce lives
     * (RFC 7616 section 5.5: a replayed response is refused); those of expired nonces are pruned at most once a minute.
     */
    private boolean firstTime(String key, long issuedAt, long now) {
        long last = prunedAt.get();
        if (now - last >= PRUNE_EVERY_MS && prunedAt.compareAndSet(last, now)) {
            seen.deleteByExpiresAtLessThan(java.time.Instant.ofEpochMilli(now));
        }
        java.time.Instant until = java.time.Instant.ofEpochMilli(issuedAt + settings.nonceMaxAge().toMillis());
        return seen.remember(Digests.hex("SHA-256", key), until) == 1;
    }

    /**
     * The auth-params of a Digest header (RFC 7235 section 2.1: name = token / quoted-string, separated by
     * commas); null when the syntax is broken or a name comes twice.
     */
    static Map<String, String> params(String s) {
        Map<String, String> out = new HashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ',' || s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && tokenChar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return null;
            }
            String name = s.substring(start, i).toLowerCase(Locale.ROOT);
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i == n || s.charAt(i) != '=') {
                return null;
            }
            i++;
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < n) {
                        value.append(s.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    return null;
                }
            } else {
                int v = i;
                while (i < n && tokenChar(s.charAt(i))) {
                    i++;
                }
                if (i == v) {
                    return null;
                }
                value.append(s, v, i);
            }
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && s.charAt(i) != ',') {
                return null;
            }
            if (out.put(name, value.toString()) != null || out.size() > 20) {
                return null;
            }
        }
        return out;
    }

    private static boolean tokenChar(char c) {
        return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={} ".indexOf(c) < 0;
    }

    /** A user name fit for a log line: printable, at most 64 characters. */
    private static String printable(String s) {
        String t = s.replaceAll("[^\\p{Print}]", "?");
        return t.length() > 64 ? t.substring(0, 64) + "..." : t;
    }
}

package vn.dcim.core.push;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.crypto.Digests;
import vn.dcim.core.crypto.Secrets;
import vn.dcim.core.device.DeviceSites;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTTP push credentials (Art. 25.3: every device authenticates): issued by the
 * administrator per device, the token generated and shown once, kept as its SHA-256; a ZKTeco
 * terminal is known by its serial number and the addresses it may push from. Looked up on every push
 * by an indexed column, so a flood of wrong tokens costs a hash and one query each.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PushCredentials {
    /** The dialects a device may push in, and how each authenticates. */
    public static final Set<String> TOKEN_DIALECTS = Set.of("hikvision-isapi", "dahua-http");
    /** The token dialects whose terminals name a picture by its address (fetched with the terminal's own account). */
    public static final Set<String> PICTURE_DIALECTS = Set.of("hikvision-isapi");
    public static final Set<String> SERIAL_DIALECTS = Set.of("zkteco-push");
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The realm of HTTP Basic and Digest (RFC 7616 section 3.3): part of the digest secrets, so never changed. */
    public static final String REALM = "dcim-push";
    private static final String MD5_PLACE = "push_credential.digest_md5";
    private static final String TERMINAL_PLACE = "push_credential.terminal_password";
    private static final Pattern TERMINAL_USER = Pattern.compile("[^\\s:]{1,100}");
    private static final String SHA256_PLACE = "push_credential.digest_sha256";

    private final PushCredentialRepository credentials;
    private final MonitoredDeviceRepository devices;
    private final DeviceSites sites;
    private final MonitoredDevices monitoredDevices;
    private final Secrets secrets;
    private final Clock clock;

    /** A credential with its Digest secret H(username:realm:token) for one algorithm ("MD5" or "SHA-256"). */
    public record DigestSecret(PushCredential credential, String ha1) {
    }

    /** A credential issued now; {@code token} is the secret the device is configured with (null for a serial). */
    public record Issued(PushCredential credential, @Nullable String token) {
    }

    /**
     * Issues a credential for {@code deviceId}: a token for token dialects, the serial with the allowed
     * addresses for serial dialects. 422 naming the field for an unknown device or dialect, a bad serial
     * or address; 409 when the serial is registered already.
     */
    public Issued issue(String deviceId, String dialect, @Nullable String serial, @Nullable List<String> allowedFrom,
                        @Nullable String note, String issuedBy) {
        if (!devices.existsById(deviceId)) {
            throw new InvalidInputException("deviceId", "no monitored device " + deviceId).explained("error.push.device", deviceId);
        }
        boolean token = TOKEN_DIALECTS.contains(dialect);
        if (!token && !SERIAL_DIALECTS.contains(dialect)) {
            throw new InvalidInputException("dialect", "no HTTP push dialect " + dialect).explained("error.push.dialect", dialect);
        }
        List<String> from = allowedFrom == null ? List.of() : allowedFrom.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String a : from) {
            if (!validBlock(a)) {
                throw new InvalidInputException("allowedFrom", "not an address or CIDR block: " + a).explained("error.push.address", a);
            }
        }
        if (!token) {
            if (serial == null || !SERIAL.matcher(serial).matches()) {
                throw new InvalidInputException("serial", "a ZKTeco device is known by its serial number (SN=)").explained("error.push.serial");
            }
            if (from.isEmpty()) {
                // Art. 25.3: the serial is no secret, so the addresses the terminal pushes from are its credential
                throw new InvalidInputException("allowedFrom", "a serial number alone is no credential: give the addresses it pushes from")
                        .explained("error.push.allowed-from");
            }
            if (credentials.existsByDialectAndSerial(dialect, serial)) {
                throw new ConflictException("serial", "serial " + serial + " is registered already").explained("error.push.serial-taken", serial);
            }
        }
        String secret = null;
        String hash = null;
        String md5 = null;
        String sha = null;
        if (token) {
            byte[] b = new byte[32];
            RANDOM.nextBytes(b);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            hash = Digests.sha256(secret);
            // RFC 7616 section 3.4.2: A1 = username ":" realm ":" passwd, the username being the device id
            String a1 = deviceId + ":" + REALM + ":" + secret;
            md5 = secrets.seal(Digests.hex("MD5", a1), MD5_PLACE);
            sha = secrets.seal(Digests.hex("SHA-256", a1), SHA256_PLACE);
        }
        String digestMd5 = md5;
        String digestSha = sha;
        String fromText = from.isEmpty() ? null : String.join(",", from);
        String tokenHash = hash;
        String serialValue = token ? null : serial;
        long id = credentials.save(new PushCredentialRow(null, deviceId, dialect, tokenHash, serialValue, fromText, note, clock.instant(), issuedBy,
                digestMd5, digestSha, null, null)).id();
        return new Issued(byId(id).orElseThrow(), secret);
    }

    public List<PushCredential> all() {
        return sited(rows(credentials.byDevice()), false);
    }

    /** The credentials of one device, oldest first. */
    public List<PushCredential> ofDevice(String deviceId) {
        return sited(rows(credentials.findByDeviceIdOrderById(deviceId)), false);
    }

    /** The monitored devices a credential can be issued to (the issuing form's choices). */
    public List<String> deviceIds() {
        return monitoredDevices.ids();
    }

    public Optional<PushCredential> byId(long id) {
        return sited(rows(credentials.findById(id).stream().toList()), false).stream().findFirst();
    }

    /** The terminal's own account, to sign in to it with (HTTP Digest of ISAPI). */
    public record TerminalAccount(String user, String password) {
        @Override
        public String toString() {
            // never the password in a log line or an exception
            return "TerminalAccount[" + user + "]";
        }
    }

    /**
     * Keeps the terminal's own account (its ISAPI user and password) with a Hikvision credential: what the product
     * signs in with to fetch a picture the terminal names by its address. The password is sealed like every device
     * secret (Art. 30.7c). 404 for no such credential, 422 naming the field for a dialect that names no pictures, a
     * user with a blank or a colon (HTTP Digest cannot carry it), or a password empty or longer than 200.
     */
    public PushCredential keepTerminalAccount(long id, String user, String password) {
        PushCredential c = byId(id).orElseThrow(() -> new vn.dcim.core.error.NotFoundException("push credential", id));
        if (!PICTURE_DIALECTS.contains(c.dialect())) {
            throw new InvalidInputException("dialect", "a " + c.dialect() + " terminal names no picture by its address")
                    .explained("error.push.terminal-dialect", c.dialect());
        }
        if (user == null || !TERMINAL_USER.matcher(user).matches()) {
            throw new InvalidInputException("user", "the terminal's user name: 1 to 100 characters, no blank, no colon")
                    .explained("error.push.terminal-user");
        }
        if (password == null || password.isEmpty() || password.length() > 200) {
            throw new InvalidInputException("password", "the terminal's password: 1 to 200 characters").explained("error.push.terminal-password");
        }
        credentials.keepTerminalAccount(id, user, secrets.seal(password, TERMINAL_PLACE));
        return byId(id).orElseThrow();
    }

    /** Forgets the terminal's account: its pictures named by address are no longer fetched. False when there is no such credential. */
    public boolean forgetTerminalAccount(long id) {
        return credentials.keepTerminalAccount(id, null, null) > 0;
    }

    /** The terminal's account kept with credential {@code id}, if one is (and its device still enabled). */
    public Optional<TerminalAccount> terminalAccount(long id) {
        PushCredentialRow row = credentials.findById(id).filter(c -> c.terminalUser() != null && c.terminalPassword() != null).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        DeviceSites.Sited device = sites.of(List.of(row.deviceId())).get(row.deviceId());
        return device == null || !device.enabled() ? Optional.empty()
                : Optional.of(new TerminalAccount(row.terminalUser(), secrets.open(row.terminalPassword(), TERMINAL_PLACE)));
    }

    /** Withdraws a credential: the device's next push is refused. */
    public boolean revoke(long id) {
        return credentials.revoke(id) > 0;
    }

    /** The credential whose token this is, for that dialect (the device must be enabled). */
    public Optional<PushCredential> byToken(String dialect, String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return sited(rows(credentials.findByTokenHashAndDialect(Digests.sha256(token), dialect).stream().toList()), true).stream().findFirst();
    }

    /**
     * HTTP Basic (RFC 7617): the credential whose token is {@code password}, for that dialect, when
     * {@code username} is its device's id (the device must be enabled).
     */
    public Optional<PushCredential> byBasic(String dialect, String username, String password) {
        return byToken(dialect, password).filter(c -> c.deviceId().equals(username));
    }

    /**
     * HTTP Digest (RFC 7616): the token credentials of device {@code username} in that dialect (the
     * device enabled) with their H(A1) for {@code algorithm} ("MD5" or "SHA-256"); those issued before
     * Digest was kept have none and are left out.
     */
    public List<DigestSecret> digestSecrets(String dialect, String username, String algorithm) {
        boolean md5 = algorithm.equals("MD5");
        if (!md5 && !algorithm.equals("SHA-256")) {
            return List.of();
        }
        String place = md5 ? MD5_PLACE : SHA256_PLACE;
        List<PushCredentialRow> rows = md5 ? credentials.withMd5Digest(username, dialect) : credentials.withSha256Digest(username, dialect);
        Map<String, DeviceSites.Sited> devices = sites.of(rows.stream().map(PushCredentialRow::deviceId).toList());
        List<DigestSecret> out = new ArrayList<>();
        for (PushCredentialRow r : rows) {
            DeviceSites.Sited d = devices.get(r.deviceId());
            if (d != null && d.enabled()) {
                out.add(new DigestSecret(sited(r.credential(), d), secrets.open(md5 ? r.digestMd5() : r.digestSha256(), place)));
            }
        }
        return out;
    }

    /**
     * The device whose Digest user name hashes to {@code userhash} (RFC 7616 section 3.4.4: H(device id ":" realm),
     * lower-case hex, {@code algorithm} "MD5" or "SHA-256"), among the enabled devices holding a Digest
     * credential of that dialect.
     */
    public Optional<String> deviceOfUserhash(String dialect, String algorithm, String userhash) {
        if (!algorithm.equals("MD5") && !algorithm.equals("SHA-256")) {
            return Optional.empty();
        }
        List<String> holding = credentials.devicesWithDigest(dialect);
        Map<String, DeviceSites.Sited> devices = sites.of(holding);
        return holding.stream().filter(id -> devices.containsKey(id) && devices.get(id).enabled())
                .filter(id -> Digests.hex(algorithm, id + ":" + REALM).equals(userhash)).findFirst();
    }

    /** The credential of a serial number, for that dialect (the device must be enabled); its addresses are the caller's to check. */
    public Optional<PushCredential> bySerial(String dialect, String serial) {
        if (serial == null || !SERIAL.matcher(serial).matches()) {
            return Optional.empty();
        }
        return sited(rows(credentials.findBySerialAndDialect(serial, dialect).stream().toList()), true).stream().findFirst();
    }

    /** True when {@code address} is one of the credential's addresses or blocks (any address when it lists none). */
    public static boolean allows(PushCredential c, @Nullable String address) {
        if (c.allowedFrom().isEmpty()) {
            return true;
        }
        if (address == null) {
            return false;
        }
        for (String block : c.allowedFrom()) {
            if (inBlock(address, block)) {
                return true;
            }
        }
        return false;
    }

    static boolean inBlock(String address, String block) {
        try {
            int slash = block.indexOf('/');
            byte[] net = literal(slash < 0 ? block : block.substring(0, slash));
            byte[] a = literal(address);
            if (net == null || a == null || net.length != a.length) {
                return false;
            }
            int bits = slash < 0 ? a.length * 8 : Integer.parseInt(block.substring(slash + 1));
            BigInteger mask = BigInteger.ONE.shiftLeft(a.length * 8).subtract(BigInteger.ONE)
                    .shiftRight(bits).not();
            return new BigInteger(1, a).and(mask).equals(new BigInteger(1, net).and(mask));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean validBlock(String block) {
        int slash = block.indexOf('/');
        byte[] net = literal(slash < 0 ? block : block.substring(0, slash));
        if (net == null) {
            return false;
        }
        if (slash < 0) {
            return true;
        }
        try {
            int bits = Integer.parseInt(block.substring(slash + 1));
            return bits >= 0 && bits <= net.length * 8;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The bytes of an IP literal, never a name lookup; null for anything else. */
    private static byte[] literal(String s) {
        String t = s.trim();
        if (!t.matches("[0-9.]+") && !t.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        if (t.matches("[0-9.]+") && !t.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }


    private static List<PushCredential> rows(List<PushCredentialRow> rows) {
        return rows.stream().map(PushCredentialRow::credential).toList();
    }

    /** The credentials with their device's site, those of a device gone left out; {@code enabledOnly}: of enabled devices only. */
    private List<PushCredential> sited(List<PushCredential> found, boolean enabledOnly) {
        Map<String, DeviceSites.Sited> devices = sites.of(found.stream().map(PushCredential::deviceId).toList());
        List<PushCredential> out = new ArrayList<>();
        for (PushCredential c : found) {
            DeviceSites.Sited d = devices.get(c.deviceId());
            if (d != null && (d.enabled() || !enabledOnly)) {
                out.add(sited(c, d));
            }
        }
        return out;
    }

    private static PushCredential sited(PushCredential c, DeviceSites.Sited d) {
        return new PushCredential(c.id(), c.deviceId(), d.siteId(), c.dialect(), c.hasToken(), c.serial(), c.allowedFrom(), c.note(),
                c.createdAt(), c.createdBy(), c.terminalUser());
    }
}

package vn.dcim.mqtt.broker;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.PasswordHasher;
import vn.dcim.core.broker.BrokerCredentials;
import vn.dcim.core.broker.MqttCredential;
import vn.dcim.core.device.MonitoredDeviceChanged;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.mqtt.dialect.Dialect;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.TopicFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The per-device credentials of the embedded broker (Art. 25.3: no anonymous publishers
 * outside the demo). The administrator issues one per device; the password is generated, shown once
 * and kept only as an argon2id hash, like a person's.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MqttCredentials implements DeviceCredentials {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BrokerCredentials register;
    private final MonitoredDevices devices;
    private final DialectEngine dialects;
    // argon2 is made when a password is first hashed or checked, not when a device change is heard: the
    // collectors' classpath has no argon2 (nor its logging), and a device change reaches this bean there too
    private final BeanProvider<PasswordHasher> hasher;
    private final Clock clock;
    private final List<Consumer<String>> withdrawn = new CopyOnWriteArrayList<>();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** Per user name of a discovery dialect's credential: each discovery config topic it published and the state topics it announced. */
    private final Map<String, Map<String, List<String>>> announced = new ConcurrentHashMap<>();
    /** How many discovery configs one credential's announcements are remembered for (a device has a few dozen entities). */
    static final int MAX_ANNOUNCING_CONFIGS = 256;

    /** A credential issued now, with the generated password the device is to be given. */
    public record Issued(MqttCredential credential, String password) {
    }

    public static class TakenException extends RuntimeException {
        public TakenException(String username) {
            super("an MQTT credential named " + username + " exists already");
        }
    }

    /** Issues a credential limited to {@code topicScope}, or to the device named {@code username} when null. */
    public Issued issue(String username, @Nullable String topicScope, String note, String issuedBy) {
        return issue(username, topicScope, null, null, note, issuedBy);
    }

    /**
     * Issues a credential, for the monitored device {@code deviceId} when given (an unknown one refused),
     * limited to {@code topicScope}: with a {@code dialect}, each of its filters must lie inside that
     * dialect's topics (its discovery topics included), and without a scope it is all of them (e.g.
     * {@code zigbee2mqtt/#}); without a dialect, the scope lies under our contract's {@code dcim/}, and
     * without one it is the device's own topics ({@link TopicScope#forDevice}).
     */
    public Issued issue(String username, @Nullable String topicScope, @Nullable String deviceId, @Nullable String dialect,
                        String note, String issuedBy) {
        if (deviceId != null && !devices.exists(deviceId)) {
            throw new InvalidInputException("deviceId", "no device " + deviceId).explained("error.device.unknown", deviceId);
        }
        List<String> within = dialect == null ? TopicScope.CONTRACT : topicsOf(dialect);
        boolean given = topicScope != null && !topicScope.isBlank();
        String scope = given ? topicScope.trim()
                : dialect != null ? String.join(" ", topicsOf(dialect, false)) : TopicScope.forDevice(deviceId == null ? username : deviceId);
        if (dialect == null && given && TopicScope.outsideContract(scope)) {
            // a device no dialect reads yet: its own tree, outside every dialect's, so that it can be heard and taught
            TopicScope.untaught(scope, dialectTopics());
        } else {
            TopicScope.of(scope, within);
        }
        if (register.exists(username)) {
            throw new TakenException(username);
        }
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        MqttCredential saved = register.save(new MqttCredential(null, username, hasher.get().hash(password), scope,
                deviceId, dialect, note, clock.instant(), issuedBy));
        return new Issued(saved, password);
    }

    /** Every topic the dialects read or learn from, whatever their prefix. */
    private List<String> dialectTopics() {
        List<String> out = new ArrayList<>();
        for (Dialect d : dialects.dialects()) {
            d.topics().stream().map(TopicFilter::filter).forEach(out::add);
            if (d.learn() != null) {
                d.learn().topics().stream().map(TopicFilter::filter).forEach(out::add);
            }
        }
        return out;
    }

    /** The MQTT dialects a credential may be limited to, by name. */
    public List<String> dialectNames() {
        return dialects.dialects().stream().filter(d -> !d.topics().isEmpty() || d.learn() != null).map(Dialect::name).toList();
    }

    /** Where a device speaking {@code dialect} publishes: its topics and its discovery topics. */
    private List<String> topicsOf(String dialect) {
        return topicsOf(dialect, true);
    }

    /**
     * {@code anyPrefix}: with the discovery filters of any prefix (Home Assistant's {@code +/+/+/config}), which a
     * credential holds only when its scope names them; no default holds them, as they would let the device
     * publish where another vendor's descriptions live ({@code tasmota/discovery/…}).
     */
    private List<String> topicsOf(String dialect, boolean anyPrefix) {
        Dialect d = dialects.dialects().stream().filter(x -> x.name().equals(dialect) && (!x.topics().isEmpty() || x.learn() != null))
                .findFirst().orElseThrow(() -> new InvalidInputException("dialect", "no MQTT dialect " + dialect)
                        .explained("error.mqtt.dialect-unknown", dialect, String.join(", ", dialectNames())));
        List<String> out = new ArrayList<>();
        d.topics().stream().map(TopicFilter::filter).forEach(out::add);
        if (d.learn() != null) {
            // a discovery topic inside the dialect's own filters (Zigbee2MQTT's bridge/devices under zigbee2mqtt/#)
            // is in the scope already; one that starts with a wildcard recognises a tree the dialect does not know in
            // advance (Zigbee2MQTT's +/bridge/state under a base the user chose) and opens nothing to publish in
            d.learn().topics().stream().map(TopicFilter::filter)
                    .filter(f -> !f.startsWith("+/") && !f.startsWith("#"))
                    .filter(f -> f.contains("#") || !d.listensTo(java.util.Arrays.asList(f.split("/", -1))))
                    .filter(f -> anyPrefix || !f.startsWith("+") && !f.startsWith("#"))
                    .forEach(out::add);
        }
        return out;
    }

    public List<MqttCredential> all() {
        return register.all();
    }

    public Optional<MqttCredential> find(String username) {
        return register.find(username);
    }

    /** Withdraws a credential: the device's next connection is refused. */
    public boolean revoke(String username) {
        if (!register.exists(username)) {
            return false;
        }
        register.delete(username);
        verified.remove(username);
        announced.remove(username);
        // a device still connected with it is put off the broker now, not at its next reconnection
        withdrawn.forEach(l -> l.accept(username));
        return true;
    }

    /**
     * A removed device's credentials went with it (ON DELETE CASCADE): whoever signed in with one of them
     * is put off the broker now, as by {@link #revoke}.
     */
    @EventListener
    void onDeviceChanged(MonitoredDeviceChanged changed) {
        if (devices.exists(changed.deviceId())) {
            return;
        }
        for (String username : List.copyOf(verified.keySet())) {
            if (!register.exists(username)) {
                verified.remove(username);
                announced.remove(username);
                withdrawn.forEach(l -> l.accept(username));
            }
        }
    }

    /**
     * A credential of a dialect that learns its state topics at run time (Home Assistant discovery)
     * may publish, besides its scope (the discovery topics), the state topics that the discovery
     * configs it published itself announced, and only those (Art. 25.3: a device speaks only for
     * itself). A config sent again replaces its announcement, an empty one (the entity removed)
     * withdraws it. Never a topic under our contract ({@code dcim/}) or a broker's {@code $} topic: a
     * config cannot buy a vendor device the right to speak for a registered device.
     */
    @Override
    public boolean announces(String topic) {
        List<String> levels = java.util.Arrays.asList(topic.split("/", -1));
        return dialects.dialects().stream().anyMatch(d -> d.learnsFrom(levels));
    }

    @Override
    public void published(String username, String topic, byte[] payload) {
        Optional<MqttCredential> c = register.find(username);
        if (c.isEmpty() || c.get().dialect() == null) {
            return;
        }
        String dialect = c.get().dialect();
        List<String> topics = dialects.announces(dialect, topic, payload).stream()
                .filter(t -> !t.startsWith("$") && !t.equals(vn.dcim.mqtt.topic.TopicAddress.ROOT)
                        && !t.startsWith(vn.dcim.mqtt.topic.TopicAddress.ROOT + "/"))
                .distinct().toList();
        Map<String, List<String>> mine = announced.computeIfAbsent(username, k -> new ConcurrentHashMap<>());
        if (topics.isEmpty()) {
            mine.remove(topic);
        } else if (mine.size() < MAX_ANNOUNCING_CONFIGS || mine.containsKey(topic)) {
            mine.put(topic, topics);
        }
    }

    @Override
    public boolean mayPublish(String username, String topic) {
        Map<String, List<String>> mine = announced.get(username);
        if (mine == null) {
            return false;
        }
        for (List<String> topics : mine.values()) {
            if (topics.contains(topic)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void onWithdrawn(Consumer<String> listener) {
        withdrawn.add(listener);
    }

    /**
     * Runs on the broker's network thread, for every connection: argon2id takes tens of milliseconds by
     * design, and a thousand devices reconnecting after a restart would queue behind it. A password
     * once verified against a stored hash is remembered as its SHA-256 for that hash, so a device's
     * reconnections cost one lookup; a new hash (credential issued again) or a withdrawal forgets it.
     */
    @Override
    public Optional<String> signIn(String username, String password) {
        Optional<MqttCredential> credential = register.find(username);
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        MqttCredential c = credential.get();
        byte[] digest = sha256(c.passwordHash() + '\u0000' + password);
        Verified known = verified.get(username);
        if (known != null && known.hash().equals(c.passwordHash()) && MessageDigest.isEqual(known.digest(), digest)) {
            return Optional.of(c.topicScope());
        }
        if (!hasher.get().matches(password, c.passwordHash())) {
            return Optional.empty();
        }
        verified.put(username, new Verified(c.passwordHash(), digest));
        return Optional.of(c.topicScope());
    }

    private record Verified(String hash, byte[] digest) {
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

package vn.dcim.web.push;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.device.DiscoveredSources;
import vn.dcim.core.devicelog.DeviceLogEntry;
import vn.dcim.core.devicelog.DeviceLogSeverity;
import vn.dcim.core.devicelog.DeviceLogSource;
import vn.dcim.core.devicelog.DeviceLogWriter;
import vn.dcim.core.devicelog.RateBucket;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.push.PushAuthentication;
import vn.dcim.core.push.PushCredential;
import vn.dcim.core.push.PushCredentials;
import vn.dcim.core.push.PushSettings;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.DialectEvent;
import vn.dcim.mqtt.dialect.DialectResult;
import vn.dcim.mqtt.dialect.PushedPictures;
import vn.dcim.mqtt.dialect.VectorRunner;
import vn.dcim.mqtt.ingest.BridgeSettings;
import vn.dcim.mqtt.ingest.VendorOutputs;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP event receiver: devices that push their events (Hikvision ISAPI "HTTP
 * listening", ZKTeco PUSH) are authenticated by their own credential ({@link PushCredentials}: a token
 * in the path, or a serial number from an allowed address), bounded (body size, pushes per second per
 * address, the dialect's evaluation time), understood by the dialect engine, and stored: access events
 * in the access log (Art. 6.6), door and camera events as state readings the alarm rules see (door-forced,
 * door-held-open, door-tamper, camera-video-loss, camera-tamper), every push in the device log (source
 * http). Every refusal is counted ({@code dcim_receiver_messages_total{receiver="http"}}) and logged; an
 * unknown ZKTeco serial lands in the discovery inbox. Answers are status and text, never an exception.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class PushReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(PushReceiver.class);
    static final String RECEIVER = "http";
    static final String HIKVISION = "hikvision-isapi";
    static final String ZKTECO = "zkteco-push";
    private static final int MAX_SOURCES = 10_000;

    private final PushCredentials credentials;
    private final PushAuthentication authentication;
    private final DialectEngine engine;
    private final AccessLog accessLog;
    private final FacePictures pictures;
    private final TerminalPictures terminalPictures;
    private final ReadingSink readings;
    private final DeviceLogWriter deviceLog;
    private final DiscoveredSources discovered;
    private final ReceiverCounts counts;
    private final Clock clock;
    private final int maxBytes;
    private final double ratePerSecond;
    private final double burst;
    private final Duration maxSkew;
    private final Map<String, RateBucket> buckets = new ConcurrentHashMap<>();

    PushReceiver(PushCredentials credentials, PushAuthentication authentication, DialectEngine engine, AccessLog accessLog,
                 FacePictures pictures, TerminalPictures terminalPictures, ReadingSink readings,
                 DeviceLogWriter deviceLog, DiscoveredSources discovered, ReceiverCounts counts, Clock clock,
                 PushSettings settings, BridgeSettings bridge) {
        this.credentials = credentials;
        this.authentication = authentication;
        this.engine = engine;
        this.accessLog = accessLog;
        this.pictures = pictures;
        this.terminalPictures = terminalPictures;
        this.readings = readings;
        this.deviceLog = deviceLog;
        this.discovered = discovered;
        this.counts = counts;
        this.clock = clock;
        this.maxBytes = settings.maxBytes();
        this.ratePerSecond = settings.ratePerSecond();
        this.burst = settings.burst();
        // a pushed reading's time is judged as a bridged one's (the same skew)
        this.maxSkew = bridge.getMaxClockSkew();
    }

    /** What the device is answered: a status, a plain text body, and the challenges of a 401 (WWW-Authenticate). */
    public record Answer(int status, String body, List<String> challenges) {
        Answer(int status, String body) {
            this(status, body, List.of());
        }

        static Answer ok(String body) {
            return new Answer(200, body);
        }
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** A Hikvision ISAPI event notification pushed to /push/{token}/isapi. */
    public Answer isapi(String token, String path, String contentType, byte[] body, String address) {
        Optional<Answer> refused = admit(address, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PushCredential> credential = credentials.byToken(HIKVISION, token);
        if (credential.isEmpty()) {
            return refuse(401, "unknown_token", address, "push to an unknown token (" + HIKVISION + ")");
        }
        if (!PushCredentials.allows(credential.get(), address)) {
            return refuse(403, "address_refused", address, "device " + credential.get().deviceId() + " may not push from this address");
        }
        DialectResult r = engine.evaluateHttp(HIKVISION, path, null, contentType, body, clock.instant());
        return store(credential.get(), r, address, path, body, "OK", PushedPictures.of(contentType, body),
                PushedPictures.addresses(contentType, body));
    }

    /**
     * A Hikvision ISAPI event notification pushed to /push/isapi with the device's credential in the
     * Authorization header (Basic or Digest, user = device id, password = push token). Without one, or
     * with a wrong one, a 401 with the challenges, counted and logged; the Digest handshake's first
     * request is such a 401 by design, so it is logged at info, the wrong ones as warnings.
     */
    public Answer isapiAuthorized(String method, String requestUri, String authorization, String path, String contentType,
                                  byte[] body, String address) {
        Optional<Answer> refused = admit(address, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        PushAuthentication.Outcome outcome = authentication.authenticate(HIKVISION, method, requestUri, authorization);
        if (outcome instanceof PushAuthentication.Outcome.Refused r) {
            counts.add(RECEIVER, r.refusal().name());
            if (r.refusal() == PushAuthentication.Refusal.no_credential) {
                LOG.info("HTTP push from {} challenged (401): {}", address, r.why());
            } else {
                LOG.warn("HTTP push from {} refused (401, {}): {}", address, r.refusal(), r.why());
            }
            boolean stale = r.refusal() == PushAuthentication.Refusal.stale_nonce;
            return new Answer(401, stale ? "nonce expired, answer the new challenge" : "authentication required",
                    authentication.challenges(stale));
        }
        PushCredential credential = ((PushAuthentication.Outcome.Authenticated) outcome).credential();
        if (!PushCredentials.allows(credential, address)) {
            return refuse(403, "address_refused", address, "device " + credential.deviceId() + " may not push from this address");
        }
        // the same bodies as the token route's: evaluated as pushed there (the dialect's own route)
        DialectResult r = engine.evaluateHttp(HIKVISION, null, null, contentType, body, clock.instant());
        return store(credential, r, address, path, body, "OK", PushedPictures.of(contentType, body),
                PushedPictures.addresses(contentType, body));
    }

    /** ZKTeco's first request, GET /iclock/cdata?SN=...&options=all: the options the terminal expects. */
    public Answer zktecoHandshake(Map<String, String> query, String address) {
        Optional<Answer> refused = admit(address, new byte[0]);
        if (refused.isPresent()) {
            return refused.get();
        }
        String sn = query.get("SN");
        if (sn == null || sn.isBlank()) {
            return refuse(400, "refused", address, "ZKTeco handshake without SN");
        }
        Optional<PushCredential> credential = credentials.bySerial(ZKTECO, sn);
        if (credential.isPresent() && !PushCredentials.allows(credential.get(), address)) {
            return refuse(403, "address_refused", address, "ZKTeco " + sn + " may not push from this address");
        }
        if (credential.isEmpty()) {
            inbox(sn, "/iclock/cdata?SN=" + sn, "handshake", address);
        }
        counts.add(RECEIVER, "handshake");
        int offset = clock.getZone().getRules().getOffset(clock.instant()).getTotalSeconds() / 3600;
        return Answer.ok(String.join("\n",
                "GET OPTION FROM: " + sn,
                "Stamp=9999",
                "OpStamp=9999",
                "PhotoStamp=9999",
                "ATTLOGStamp=None",
                "OPERLOGStamp=9999",
                "ATTPHOTOStamp=None",
                "ErrorDelay=30",
                "Delay=10",
                "TransTimes=00:00;14:05",
                "TransInterval=1",
                "TransFlag=TransData AttLog OpLog EnrollUser ChgUser",
                "TimeZone=" + offset,
                "Realtime=1",
                "Encrypt=None",
                "ServerVer=2.4.1",
                "PushProtVer=2.4.1") + "\n");
    }

    /** ZKTeco's upload, POST /iclock/cdata?SN=...&table=ATTLOG|rtlog|OPERLOG|...: answered OK once stored. */
    public Answer zktecoData(String path, String rawQuery, Map<String, String> query, String contentType, byte[] body, String address) {
        Optional<Answer> refused = admit(address, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        String sn = query.get("SN");
        if (sn == null || sn.isBlank()) {
            return refuse(400, "refused", address, "ZKTeco upload without SN");
        }
        Optional<PushCredential> credential = credentials.bySerial(ZKTECO, sn);
        if (credential.isEmpty()) {
            inbox(sn, path + "?" + rawQuery, new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8), address);
            // not "OK": the terminal keeps its records and sends them again once it is registered
            return refuse(401, "unknown_serial", address, "ZKTeco " + sn + " is not registered (kept in the discovery inbox)");
        }
        if (!PushCredentials.allows(credential.get(), address)) {
            return refuse(403, "address_refused", address, "ZKTeco " + sn + " may not push from this address");
        }
        DialectResult r = engine.evaluateHttp(ZKTECO, path, rawQuery, contentType, body, clock.instant());
        Answer a = store(credential.get(), r, address, path, body, "OK", List.of(), List.of());
        if (a.status() == 200 && "ATTPHOTO".equalsIgnoreCase(query.get("table"))) {
            ZktecoPhoto.of(body, clock.getZone()).ifPresentOrElse(p -> keepZktecoPhoto(credential.get(), p, address),
                    () -> refusePicture(credential.get(), address, "an ATTPHOTO upload without a photo"));
        }
        return a;
    }

    /** ZKTeco's poll for commands (GET /iclock/getrequest, POST /iclock/devicecmd): none, "OK", for a registered terminal. */
    public Answer zktecoPoll(Map<String, String> query, String address) {
        Optional<Answer> refused = admit(address, new byte[0]);
        if (refused.isPresent()) {
            return refused.get();
        }
        String sn = query.get("SN");
        Optional<PushCredential> credential = sn == null ? Optional.empty() : credentials.bySerial(ZKTECO, sn);
        if (credential.isEmpty()) {
            return refuse(401, "unknown_serial", address, "ZKTeco poll from an unregistered serial " + sn);
        }
        if (!PushCredentials.allows(credential.get(), address)) {
            return refuse(403, "address_refused", address, "ZKTeco " + sn + " may not push from this address");
        }
        return Answer.ok("OK");
    }

    private Answer store(PushCredential c, DialectResult r, String address, String path, byte[] body, String ok,
                         List<PushedPictures.Picture> pushedPictures, List<String> pictureAddresses) {
        Instant now = clock.instant();
        if (r instanceof DialectResult.Refused x) {
            return refuse(400, "refused", address, c.dialect() + " refused the body of device " + c.deviceId() + ": " + x.reason() + ": " + x.detail());
        }
        if (!(r instanceof DialectResult.Taken t)) {
            String why = r instanceof DialectResult.Untaken u ? u.reason() : "not an event";
            return refuse(400, "untaken", address, c.dialect() + " does not understand what device " + c.deviceId() + " sent: " + why);
        }
        VendorOutputs out = VendorOutputs.of(t, c.deviceId(), c.siteId(), now, maxSkew);
        try {
            accessLog.append(out.access());
            if (!out.readings().isEmpty()) {
                readings.record(out.readings());
            }
        } catch (RuntimeException e) {
            counts.add(RECEIVER, "store_failed");
            LOG.warn("Storing the push of device {} failed: {}", c.deviceId(), e.getMessage());
            // the device sends it again: ZKTeco and Hikvision both retry a push that is not answered 200
            return new Answer(503, "not stored, try again");
        }
        counts.add(RECEIVER, "accepted");
        if (!pushedPictures.isEmpty() && !out.access().isEmpty()) {
            // the picture of the push's access event (Hikvision sends one event a push): kept with it, encrypted
            var e = out.access().get(0);
            keepPicture(c, new FacePictures.Pushed(c.deviceId(), c.siteId(), e.messageId(), e.person(), e.badge(), e.deviceTime(),
                    pushedPictures.get(0).content()), address);
        }
        String pictureNote = "";
        if (pushedPictures.isEmpty() && !pictureAddresses.isEmpty() && !out.access().isEmpty()) {
            // the terminal sent where it keeps the picture, not the picture: the event is stored at once, and the picture
            // fetched later from this very terminal where its own account is kept (the push credential proves the
            // terminal to us, not us to the terminal), else its address noted in the device log
            var e = out.access().get(0);
            String at = pictureAddresses.get(0);
            pictureNote = switch (terminalPictures.offer(c, e, at, address)) {
                case to_fetch -> "; picture to be fetched from the terminal at " + at;
                case refused -> "; picture address refused (not the terminal's own): " + at;
                case left_on_terminal -> {
                    counts.add(RECEIVER, "picture_left_on_terminal");
                    LOG.info("Device {} keeps the picture of access event {} at {}: not fetched (no account of the terminal kept)",
                            c.deviceId(), e.messageId(), at);
                    yield "; picture left on the terminal at " + String.join(" ", pictureAddresses);
                }
            };
        }
        ArrayNode fields = JsonNodeFactory.instance.arrayNode();
        VectorRunner.lines(0, path, r).forEach(fields::add);
        String summary = VendorOutputs.wouldGive(t) + pictureNote;
        deviceLog.offer(new DeviceLogEntry(null, firstTime(t, now), now, c.deviceId(), address, DeviceLogSource.http,
                severity(t), c.dialect() + ": " + (summary.isEmpty() ? "no event of ours" : summary.replace('\n', ';')),
                c.dialect() + (t.events().isEmpty() ? "" : ":" + t.events().get(0).event()),
                new String(body, 0, Math.min(body.length, DeviceLogEntry.MAX_RAW), StandardCharsets.UTF_8), fields.toString()));
        return Answer.ok(ok);
    }

    /** A ZKTeco photo belongs to the punch of the same person at the same second (ATTLOG's id), stored or still to come. */
    private void keepZktecoPhoto(PushCredential c, ZktecoPhoto p, String address) {
        String messageId = p.pin() == null ? null : "att-" + p.pin() + "-" + p.localTime();
        var event = messageId == null ? Optional.<vn.dcim.core.access.AccessEvent>empty() : accessLog.byMessage(c.deviceId(), messageId);
        keepPicture(c, new FacePictures.Pushed(c.deviceId(), c.siteId(), messageId, event.map(vn.dcim.core.access.AccessEvent::person).orElse(p.pin()),
                event.map(vn.dcim.core.access.AccessEvent::badge).orElse(p.pin()), p.takenAt(), p.content()), address);
    }

    /** Kept, or refused (too large, not an image) counted and logged: the event itself is stored either way. */
    private void keepPicture(PushCredential c, FacePictures.Pushed p, String address) {
        try {
            pictures.store(p);
            counts.add(RECEIVER, "picture_kept");
        } catch (vn.dcim.core.error.InvalidInputException e) {
            refusePicture(c, address, e.getMessage());
        } catch (RuntimeException e) {
            counts.add(RECEIVER, "picture_failed");
            LOG.warn("Keeping the picture pushed by device {} failed: {}", c.deviceId(), e.getMessage());
        }
    }

    private void refusePicture(PushCredential c, String address, String why) {
        counts.add(RECEIVER, "picture_refused");
        LOG.warn("Picture pushed by device {} from {} not kept: {}", c.deviceId(), address, why);
    }

    private static Instant firstTime(DialectResult.Taken t, Instant now) {
        return t.events().isEmpty() ? now : t.events().get(0).ts();
    }

    /** An alarm raised is a warning, a refused badge a notice, the rest information. */
    private static DeviceLogSeverity severity(DialectResult.Taken t) {
        DeviceLogSeverity s = DeviceLogSeverity.info;
        for (DialectEvent e : t.events()) {
            if (!e.isAccess() && e.active() && !e.event().equals(DialectEvent.ONLINE)) {
                return DeviceLogSeverity.warning;
            }
            if (e.event().equals(DialectEvent.ACCESS_DENIED)) {
                s = DeviceLogSeverity.notice;
            }
        }
        return s;
    }

    /** Counted as received; refused when the address pushes faster than allowed or the body is too large. */
    private Optional<Answer> admit(String address, byte[] body) {
        counts.add(RECEIVER, "received");
        if (!bucket(address).take(clock.millis())) {
            counts.add(RECEIVER, "rate_limited");
            LOG.debug("HTTP push from {} refused: more than {}/s", address, ratePerSecond);
            return Optional.of(new Answer(429, "too many pushes, slow down"));
        }
        if (body.length > maxBytes) {
            return Optional.of(refuse(413, "oversized", address, "push of " + body.length + " bytes, more than " + maxBytes));
        }
        return Optional.empty();
    }

    private Answer refuse(int status, String outcome, String address, String why) {
        counts.add(RECEIVER, outcome);
        LOG.warn("HTTP push from {} refused ({}): {}", address, status, why);
        return new Answer(status, why);
    }

    private void inbox(String sn, String what, String payload, String address) {
        try {
            if (discovered.count(DiscoveredSource.State.unbound) >= discovered.settings().getMaxUnbound()
                    && discovered.bindings().get(DiscoveredSources.key(ZKTECO, sn)) == null) {
                LOG.warn("Discovery inbox full: ZKTeco {} from {} not kept", sn, address);
                return;
            }
            discovered.heard(List.of(new DiscoveredSource.Heard(ZKTECO, sn, clock.instant(), 1, what,
                    payload, "ZKTeco PUSH terminal from " + address + ": register its serial at /api/push-credentials")));
        } catch (RuntimeException e) {
            LOG.warn("Keeping ZKTeco {} in the discovery inbox failed: {}", sn, e.getMessage());
        }
    }

    private RateBucket bucket(String address) {
        if (buckets.size() > MAX_SOURCES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address, a -> new RateBucket(ratePerSecond, burst, clock.millis()));
    }
}

package vn.dcim.web.push;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.devicelog.DeviceLogEntry;
import vn.dcim.core.devicelog.DeviceLogSeverity;
import vn.dcim.core.devicelog.DeviceLogSource;
import vn.dcim.core.devicelog.DeviceLogWriter;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.push.PushCredential;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.mqtt.dialect.DialectEvent;
import vn.dcim.mqtt.dialect.DialectResult;
import vn.dcim.mqtt.dialect.PushedPictures;
import vn.dcim.mqtt.dialect.VectorRunner;
import vn.dcim.mqtt.ingest.BridgeSettings;
import vn.dcim.mqtt.ingest.VendorOutputs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The HTTP event receiver's store: a push that was admitted ({@link PushAdmission}) and understood by the dialect engine
 * ({@link IsapiPushes}, {@link ZktecoPushes}) is stored: access events in the access log (Art. 6.6), door and camera
 * events as state readings the alarm rules see (door-forced, door-held-open, door-tamper, camera-video-loss,
 * camera-tamper), its picture with its access event ({@link PushPictures}), every push in the device log (source http).
 * What the dialect refused or did not understand is refused (400), counted and logged; a store that failed is answered
 * 503 so the device sends it again.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PushReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(PushReceiver.class);
    static final String RECEIVER = "http";

    private final AccessLog accessLog;
    private final ReadingSink readings;
    private final DeviceLogWriter deviceLog;
    private final PushAdmission admission;
    private final PushPictures pictures;
    /** A pushed reading's time is judged as a bridged one's (the same skew). */
    private final BridgeSettings bridge;

    /** What the device is answered: a status, a plain text body, and the challenges of a 401 (WWW-Authenticate). */
    public record Answer(int status, String body, List<String> challenges) {
        Answer(int status, String body) {
            this(status, body, List.of());
        }

        static Answer ok(String body) {
            return new Answer(200, body);
        }
    }

    /**
     * The push received at {@code now} stored, answered OK; {@code pushedPictures} the pictures pushed with it,
     * {@code pictureAddresses} those it names.
     */
    Answer store(PushCredential c, DialectResult r, Instant now, String address, String path, byte[] body,
                 List<PushedPictures.Picture> pushedPictures, List<String> pictureAddresses) {
        if (r instanceof DialectResult.Refused x) {
            return admission.refuse(400, "refused", address, c.dialect() + " refused the body of device " + c.deviceId() + ": " + x.reason() + ": " + x.detail());
        }
        if (!(r instanceof DialectResult.Taken t)) {
            String why = r instanceof DialectResult.Untaken u ? u.reason() : "not an event";
            return admission.refuse(400, "untaken", address, c.dialect() + " does not understand what device " + c.deviceId() + " sent: " + why);
        }
        VendorOutputs out = VendorOutputs.of(t, c.deviceId(), c.siteId(), now, bridge.getMaxClockSkew());
        try {
            accessLog.append(out.access());
            if (!out.readings().isEmpty()) {
                readings.record(out.readings());
            }
        } catch (RuntimeException e) {
            admission.count("store_failed");
            LOG.warn("Storing the push of device {} failed: {}", c.deviceId(), e.getMessage());
            // the device sends it again: ZKTeco and Hikvision both retry a push that is not answered 200
            return new Answer(503, "not stored, try again");
        }
        admission.count("accepted");
        if (!pushedPictures.isEmpty() && !out.access().isEmpty()) {
            // the picture of the push's access event (Hikvision sends one event a push): kept with it, encrypted
            var e = out.access().get(0);
            pictures.keep(c, new FacePictures.Pushed(c.deviceId(), c.siteId(), e.messageId(), e.person(), e.badge(), e.deviceTime(),
                    pushedPictures.get(0).content()), address);
        }
        String pictureNote = "";
        if (pushedPictures.isEmpty() && !pictureAddresses.isEmpty() && !out.access().isEmpty()) {
            pictureNote = pictures.named(c, out.access().get(0), pictureAddresses, address);
        }
        ArrayNode fields = JsonNodeFactory.instance.arrayNode();
        VectorRunner.lines(0, path, r).forEach(fields::add);
        String summary = VendorOutputs.wouldGive(t) + pictureNote;
        deviceLog.offer(new DeviceLogEntry(null, firstTime(t, now), now, c.deviceId(), address, DeviceLogSource.http,
                severity(t), c.dialect() + ": " + (summary.isEmpty() ? "no event of ours" : summary.replace('\n', ';')),
                c.dialect() + (t.events().isEmpty() ? "" : ":" + t.events().get(0).event()),
                new String(body, 0, Math.min(body.length, DeviceLogEntry.MAX_RAW), StandardCharsets.UTF_8), fields.toString()));
        return Answer.ok("OK");
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
}

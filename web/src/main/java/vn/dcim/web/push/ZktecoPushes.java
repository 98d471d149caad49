package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.push.PushCredential;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.DialectResult;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ZKTeco PUSH: a terminal known by its serial number (from an allowed address) shakes hands, uploads its tables
 * (ATTLOG, rtlog, OPERLOG, ATTPHOTO, ...) and polls for commands; an unknown serial lands in the discovery inbox.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ZktecoPushes {
    static final String ZKTECO = "zkteco-push";

    private final PushAdmission admission;
    private final DialectEngine engine;
    private final PushReceiver receiver;
    private final PushPictures pictures;
    private final ZktecoInbox inbox;
    private final Clock clock;

    /** ZKTeco's first request, GET /iclock/cdata?SN=...&options=all: the options the terminal expects. */
    PushReceiver.Answer handshake(Map<String, String> query, String address) {
        String sn = query.get("SN");
        Optional<PushReceiver.Answer> refused = refusedOrUnnamed(sn, new byte[0], address, "handshake");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PushCredential> credential = admission.bySerial(ZKTECO, sn);
        if (credential.isPresent()) {
            Optional<PushReceiver.Answer> elsewhere = admission.fromAllowedAddress(credential.get(), address, "ZKTeco " + sn);
            if (elsewhere.isPresent()) {
                return elsewhere.get();
            }
        } else {
            inbox.heard(sn, "/iclock/cdata?SN=" + sn, "handshake", address);
        }
        admission.count("handshake");
        int offset = clock.getZone().getRules().getOffset(clock.instant()).getTotalSeconds() / 3600;
        return PushReceiver.Answer.ok(String.join("\n",
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
    PushReceiver.Answer data(String path, String rawQuery, Map<String, String> query, String contentType, byte[] body, String address) {
        String sn = query.get("SN");
        Optional<PushReceiver.Answer> refused = refusedOrUnnamed(sn, body, address, "upload");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PushCredential> credential = admission.bySerial(ZKTECO, sn);
        if (credential.isEmpty()) {
            inbox.heard(sn, path + "?" + rawQuery, new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8), address);
            // not "OK": the terminal keeps its records and sends them again once it is registered
            return admission.refuse(401, "unknown_serial", address, "ZKTeco " + sn + " is not registered (kept in the discovery inbox)");
        }
        Optional<PushReceiver.Answer> elsewhere = admission.fromAllowedAddress(credential.get(), address, "ZKTeco " + sn);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        Instant now = clock.instant();
        DialectResult r = engine.evaluateHttp(ZKTECO, path, rawQuery, contentType, body, now);
        PushReceiver.Answer a = receiver.store(credential.get(), r, now, address, path, body, List.of(), List.of());
        if (a.status() == 200 && "ATTPHOTO".equalsIgnoreCase(query.get("table"))) {
            ZktecoPhoto.of(body, clock.getZone()).ifPresentOrElse(p -> pictures.keepZktecoPhoto(credential.get(), p, address),
                    () -> pictures.refuse(credential.get(), address, "an ATTPHOTO upload without a photo"));
        }
        return a;
    }

    /** ZKTeco's poll for commands (GET /iclock/getrequest, POST /iclock/devicecmd): none, "OK", for a registered terminal. */
    PushReceiver.Answer poll(Map<String, String> query, String address) {
        Optional<PushReceiver.Answer> refused = admission.admit(address, new byte[0]);
        if (refused.isPresent()) {
            return refused.get();
        }
        String sn = query.get("SN");
        Optional<PushCredential> credential = sn == null ? Optional.empty() : admission.bySerial(ZKTECO, sn);
        if (credential.isEmpty()) {
            return admission.refuse(401, "unknown_serial", address, "ZKTeco poll from an unregistered serial " + sn);
        }
        return admission.fromAllowedAddress(credential.get(), address, "ZKTeco " + sn).orElse(PushReceiver.Answer.ok("OK"));
    }

    /** A handshake's and an upload's first answer: refused by admission (address, size, rate), or for naming no serial. */
    private Optional<PushReceiver.Answer> refusedOrUnnamed(String sn, byte[] body, String address, String what) {
        Optional<PushReceiver.Answer> refused = admission.admit(address, body);
        if (refused.isPresent() || (sn != null && !sn.isBlank())) {
            return refused;
        }
        return Optional.of(admission.refuse(400, "refused", address, "ZKTeco " + what + " without SN"));
    }
}

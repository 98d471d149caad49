package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.push.PushAuthentication;
import vn.dcim.core.push.PushCredential;
import vn.dcim.core.push.PushCredentials;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.DialectResult;
import vn.dcim.mqtt.dialect.PushedPictures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Hikvision ISAPI "HTTP listening": event notifications (JSON, XML or multipart with a picture) pushed with a token in
 * the path, or with the device's credential in the Authorization header (Basic or Digest), understood by the dialect
 * engine and stored by the {@link PushReceiver}. Dahua's event push comes the same way, with a token in the path:
 * only the dialect differs.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IsapiPushes {
    private static final Logger LOG = LoggerFactory.getLogger(IsapiPushes.class);
    static final String HIKVISION = "hikvision-isapi";
    static final String DAHUA = "dahua-http";

    private final PushAdmission admission;
    private final PushAuthentication authentication;
    private final DialectEngine engine;
    private final PushReceiver receiver;
    private final Clock clock;

    /** A Hikvision ISAPI event notification pushed to /push/{token}/isapi. */
    PushReceiver.Answer withToken(String token, String path, String contentType, byte[] body, String address) {
        return withToken(HIKVISION, token, path, contentType, body, address);
    }

    /** An event pushed with the token of a credential of {@code dialect} in its path (/push/{token}/isapi, /push/{token}/dahua). */
    PushReceiver.Answer withToken(String dialect, String token, String path, String contentType, byte[] body, String address) {
        Optional<PushReceiver.Answer> refused = admission.admit(address, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PushCredential> credential = admission.byToken(dialect, token);
        if (credential.isEmpty()) {
            return admission.refuse(401, "unknown_token", address, "push to an unknown token (" + dialect + ")");
        }
        Optional<PushReceiver.Answer> elsewhere = admission.fromAllowedAddress(credential.get(), address, "device " + credential.get().deviceId());
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        Instant now = clock.instant();
        DialectResult r = engine.evaluateHttp(dialect, path, null, contentType, body, now);
        return receiver.store(credential.get(), r, now, address, path, body, PushedPictures.of(contentType, body),
                PushCredentials.PICTURE_DIALECTS.contains(dialect) ? PushedPictures.addresses(contentType, body) : List.of());
    }

    /**
     * A Hikvision ISAPI event notification pushed to /push/isapi with the device's credential in the
     * Authorization header (Basic or Digest, user = device id, password = push token). Without one, or
     * with a wrong one, a 401 with the challenges, counted and logged; the Digest handshake's first
     * request is such a 401 by design, so it is logged at info, the wrong ones as warnings.
     */
    PushReceiver.Answer authorized(String method, String requestUri, String authorization, String path, String contentType,
                                   byte[] body, String address) {
        Optional<PushReceiver.Answer> refused = admission.admit(address, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        PushAuthentication.Outcome outcome = authentication.authenticate(HIKVISION, method, requestUri, authorization);
        if (outcome instanceof PushAuthentication.Outcome.Refused r) {
            admission.count(r.refusal().name());
            if (r.refusal() == PushAuthentication.Refusal.no_credential) {
                LOG.info("HTTP push from {} challenged (401): {}", address, r.why());
            } else {
                LOG.warn("HTTP push from {} refused (401, {}): {}", address, r.refusal(), r.why());
            }
            boolean stale = r.refusal() == PushAuthentication.Refusal.stale_nonce;
            return new PushReceiver.Answer(401, stale ? "nonce expired, answer the new challenge" : "authentication required",
                    authentication.challenges(stale));
        }
        PushCredential credential = ((PushAuthentication.Outcome.Authenticated) outcome).credential();
        Optional<PushReceiver.Answer> elsewhere = admission.fromAllowedAddress(credential, address, "device " + credential.deviceId());
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        // the same bodies as the token route's: evaluated as pushed there (the dialect's own route)
        Instant now = clock.instant();
        DialectResult r = engine.evaluateHttp(HIKVISION, null, null, contentType, body, now);
        return receiver.store(credential, r, now, address, path, body, PushedPictures.of(contentType, body),
                PushedPictures.addresses(contentType, body));
    }
}

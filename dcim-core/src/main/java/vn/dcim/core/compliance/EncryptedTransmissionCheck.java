package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import static vn.dcim.core.compliance.Said.said;

import java.time.Instant;

/**
 * Art. 25.3: information is transmitted encrypted. Read from the web server's own settings (what the
 * launcher made of DCIM_HTTPS and DCIM_HTTP): holds only when every page and API call goes over HTTPS,
 * that is plain HTTP off or answering with a redirect.
 */
@Singleton
class EncryptedTransmissionCheck extends KeyedCheck {
    private final boolean https;
    private final boolean plainListener;
    private final boolean redirect;
    private final int port;

    EncryptedTransmissionCheck(@Value("${micronaut.server.ssl.enabled:false}") boolean serverSsl,
                          @Value("${micronaut.ssl.enabled:false}") boolean ssl,
                          @Value("${micronaut.server.dual-protocol:false}") boolean dualProtocol,
                          @Value("${micronaut.server.http-to-https-redirect:false}") boolean redirect,
                          @Value("${micronaut.server.ssl.port:8443}") int port) {
        super("encrypted-transmission");
        this.https = serverSsl || ssl;
        this.plainListener = dualProtocol;
        this.redirect = redirect;
        this.port = port;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Evidence settings = Evidence.link("compliance.ev.server-settings", "server settings", "/ui/admin");
        if (!https) {
            return Judgement.nonCompliant(said("compliance.s.encrypted-transmission.plain", "served over plain HTTP: HTTPS is off (set DCIM_HTTPS=true; README \"HTTPS\")"), settings);
        }
        if (plainListener && !redirect) {
            return Judgement.nonCompliant(said("compliance.s.encrypted-transmission.beside", "HTTPS on port {0}, but plain HTTP is served beside it (DCIM_HTTP=on; set redirect or off)", port), settings);
        }
        return Judgement.compliant(plainListener ? said("compliance.s.encrypted-transmission.redirect", "HTTPS on port {0}; plain HTTP only redirects to it (DCIM_HTTP=redirect)", port)
                : said("compliance.s.encrypted-transmission.ok", "HTTPS on port {0}; plain HTTP off (DCIM_HTTP=off)", port), settings);
    }
}

package vn.dcim.web.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import vn.dcim.core.account.InstallationSecrets;

/**
 * Session tokens are signed (HS256) with a key the installation made on first start and keeps in
 * its database: no shared default key, nothing in git, and both machines of a pair sign alike.
 * Read at start-up ({@code @Context}): made on first use, the first signed-in request read the key from the
 * database on Netty's event loop, a blocking call that must stay off it. Only where there is a database:
 * a remote collector's context (CollectorProcess, also started from this jar) has none and signs no session.
 */
@Factory
class TokenSigningKey {
    @Context
    @Requires(property = "datasources.default.url")
    @Named("generator")
    SignatureGeneratorConfiguration signature(InstallationSecrets secrets) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(secrets.get("session-token-signing-key"));
        return new SecretSignature(config);
    }
}

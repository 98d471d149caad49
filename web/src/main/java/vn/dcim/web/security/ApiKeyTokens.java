package vn.dcim.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.dcim.core.account.ApiKeys;

import java.util.Map;

/** `Authorization: Bearer dcim_…`: a person's named API key, for scripts (no session, no idle timeout). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiKeyTokens implements TokenValidator<HttpRequest<?>> {
    private final ApiKeys keys;

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (token == null || !token.startsWith(ApiKeys.PREFIX)) {
            return Mono.empty();
        }
        // a database look-up: off the event loop
        return Mono.fromCallable(() -> keys.authenticate(token)
                        .map(p -> Authentication.build(p.username(), p.rights(), Map.of(SignedIn.ACCOUNT_ID, p.accountId())))
                        .orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }
}

package vn.dcim.web.api.me;

import vn.dcim.web.scope.ScopeAware;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.SecondFactor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.web.security.SignedIn;

/**
 * The administrator's second factor (TOTP): enrol with an authenticator app, then give its code
 * after every sign-in; until then the session reaches nothing else.
 */
@Tag(name = "Second factor", description = "Time-based one-time codes for administrators (Art. 15.1)")
@ScopeAware
@Controller("/api/me/second-factor")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SecondFactorController {
    private final SecondFactor secondFactor;

    @Serdeable
    record Code(@NotBlank @Size(max = 10) String code) {
    }

    @Serdeable
    record Confirmation(@NotBlank @Size(max = 64) String secret, @NotBlank @Size(max = 10) String code) {
    }

    @Operation(summary = "Give the code of the authenticator app after signing in")
    @Post
    HttpResponse<?> verify(@Valid @Body Code body, HttpRequest<?> request) {
        String session = SignedIn.sessionId(request)
                .orElseThrow(() -> new InvalidInputException("code", "an API key needs no second factor").explained("error.second-factor.api-key"));
        secondFactor.verify(SignedIn.accountId(request), session, body.code());
        return HttpResponse.noContent();
    }

    @Operation(summary = "Start enrolling: a new secret and its otpauth:// address for the app (kept only once confirmed)")
    @Post("/enrolment")
    SecondFactor.Enrolment start(HttpRequest<?> request) {
        return secondFactor.start(SignedIn.accountId(request));
    }

    @Operation(summary = "Confirm the enrolment with the app's current code")
    @Post("/enrolment/confirm")
    HttpResponse<?> confirm(@Valid @Body Confirmation body, HttpRequest<?> request) {
        secondFactor.confirm(SignedIn.accountId(request), body.secret(), body.code(), SignedIn.sessionId(request).orElse(null),
                SignedIn.name(request));
        return HttpResponse.noContent();
    }
}

package vn.dcim.web.ui.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.FirstAdministrator;
import vn.dcim.core.account.PasswordProblem;
import vn.dcim.core.account.PasswordRefusedException;
import vn.dcim.core.account.Role;
import vn.dcim.core.account.SecondFactor;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.security.SingleSignOnSettings;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sign-in page, the first administrator's set-up page and the password change. */
@Hidden
// the person's own session (first password, second factor, a refusal): reached by limited accounts too, as their sign-in
@vn.dcim.web.scope.ScopeAware
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInScreens {
    private static final Set<String> ERRORS = Set.of("credentials-do-not-match", "account-locked", "user-disabled",
            "rate-limited", "refused", "no-role", "local-account", "no-username",
            "provider-unavailable");

    private final FirstAdministrator first;
    private final UserAccounts users;
    private final SecondFactor secondFactor;
    private final SingleSignOnSettings singleSignOn;

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    ModelAndView<SignInViews.Login> login(@Nullable @QueryValue String error, @Nullable @QueryValue("signed-out") String signedOut) {
        return new ModelAndView<>("auth/login", new SignInViews.Login(error == null ? null : ERRORS.contains(error) ? error : "refused",
                signedOut != null, singleSignOn.enabled() ? singleSignOn.name() : null, "/oauth/login/" + SingleSignOnSettings.PROVIDER));
    }

    @Get(value = "/setup", produces = MediaType.TEXT_HTML)
    ModelAndView<SignInViews.Setup> setup(@Nullable @QueryValue String token) {
        return setupPage(token, List.of());
    }

    private ModelAndView<SignInViews.Setup> setupPage(@Nullable String token, List<String> problems) {
        return new ModelAndView<>("auth/setup", new SignInViews.Setup(
                (first.needed() || first.recoveryNeeded()) && first.validToken(token), token, problems));
    }

    @Post(value = "/setup", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> completeSetup(@Body Map<String, String> form) {
        String token = form.get("token");
        String password = form.getOrDefault("password", "");
        if (!password.equals(form.get("confirm"))) {
            return HttpResponse.ok(setupPage(token, List.of("mismatch")));
        }
        try {
            first.complete(token, password);
        } catch (PasswordRefusedException e) {
            return HttpResponse.ok(setupPage(token, codes(e)));
        } catch (InvalidInputException e) {
            return HttpResponse.ok(setupPage(null, List.of()));
        }
        return HttpResponse.seeOther(URI.create("/login"));
    }

    @Get(value = "/ui/password", produces = MediaType.TEXT_HTML)
    ModelAndView<SignInViews.Password> passwordPage(HttpRequest<?> request) {
        return passwordPage(request, List.of());
    }

    private ModelAndView<SignInViews.Password> passwordPage(HttpRequest<?> request, List<String> problems) {
        return new ModelAndView<>("auth/password", new SignInViews.Password(Navigation.frame(request, "password"),
                SignedIn.has(request, Role.PASSWORD_CHANGE), problems));
    }

    @Post(value = "/ui/password", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changePassword(@Body Map<String, String> form, HttpRequest<?> request) {
        String next = form.getOrDefault("next", "");
        if (!next.equals(form.get("confirm"))) {
            return HttpResponse.ok(passwordPage(request, List.of("mismatch")));
        }
        try {
            users.changeOwnPassword(SignedIn.accountId(request), form.getOrDefault("current", ""), next);
        } catch (PasswordRefusedException e) {
            return HttpResponse.ok(passwordPage(request, codes(e)));
        } catch (InvalidInputException e) {
            return HttpResponse.ok(passwordPage(request, List.of("wrong-current")));
        }
        return HttpResponse.seeOther(URI.create("/"));
    }

    @Get(value = "/ui/second-factor", produces = MediaType.TEXT_HTML)
    ModelAndView<SignInViews.SecondFactor> secondFactorPage(HttpRequest<?> request, @Nullable @QueryValue String wrong) {
        return new ModelAndView<>("auth/second-factor", new SignInViews.SecondFactor(Navigation.frame(request, "second-factor"),
                wrong != null));
    }

    @Post(value = "/ui/second-factor", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> giveSecondFactor(@Body Map<String, String> form, HttpRequest<?> request) {
        try {
            secondFactor.verify(SignedIn.accountId(request), SignedIn.sessionId(request).orElse(""), form.get("code"));
        } catch (InvalidInputException e) {
            return HttpResponse.seeOther(URI.create("/ui/second-factor?wrong=1"));
        }
        return HttpResponse.seeOther(URI.create("/"));
    }

    /**
     * Where a refused screen lands: a session that must first give its code or change its password
     * is sent to do so.
     */
    @Get(value = "/ui/forbidden", produces = MediaType.TEXT_HTML)
    HttpResponse<?> forbidden(HttpRequest<?> request) {
        if (SignedIn.has(request, Role.SECOND_FACTOR)) {
            return HttpResponse.seeOther(URI.create("/ui/second-factor"));
        }
        if (SignedIn.has(request, Role.PASSWORD_CHANGE)) {
            return HttpResponse.seeOther(URI.create("/ui/password"));
        }
        return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN)
                .body(new ModelAndView<>("auth/forbidden", new SignInViews.Forbidden(Navigation.frame(request, "forbidden"))));
    }

    private static List<String> codes(PasswordRefusedException e) {
        return e.problems().stream().map(PasswordProblem::code).toList();
    }
}

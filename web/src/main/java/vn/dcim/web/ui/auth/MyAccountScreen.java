package vn.dcim.web.ui.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.ApiKeys;
import vn.dcim.core.account.Role;
import vn.dcim.core.account.SecondFactor;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.web.pdf.ReadableQrCode;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.util.Map;

/** My account: details, the password change and my API keys (a new key is shown on this page once). */
@Hidden
// the person's own account: every limited account (an agency's person among them) keeps its password and keys here
@vn.dcim.web.scope.ScopeAware
@Controller("/ui/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MyAccountScreen {
    private final UserAccounts users;
    private final ApiKeys keys;
    private final SecondFactor secondFactor;

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> screen(HttpRequest<?> request, @Nullable @QueryValue("second-factor") String secondFactorNote) {
        ModelAndView<Map<String, Object>> view = page(request, null, null);
        view.getModel().ifPresent(m -> m.put("secondFactorNote", "wrong".equals(secondFactorNote) ? "wrong"
                : "on".equals(secondFactorNote) ? "on" : null));
        return view;
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, ApiKeys.NewKey newKey) {
        return page(request, newKey, null);
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, ApiKeys.NewKey newKey, String keyError) {
        long id = SignedIn.accountId(request);
        Map<String, Object> model = Navigation.page(request, "me");
        UserAccounts.UserView account = users.view(id);
        model.put("account", account);
        // the second factor is the administrators' (Art. 15.1)
        model.put("canEnrol", account.roles().contains(Role.admin));
        model.put("keys", keys.list(id));
        model.put("newKey", newKey);
        model.put("keyError", keyError);
        return new ModelAndView<>("auth/me", model);
    }

    @Post(value = "/api-keys", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> createKey(@Body Map<String, String> form, HttpRequest<?> request) {
        try {
            return page(request, keys.create(SignedIn.accountId(request), form.get("name"), SignedIn.name(request)));
        } catch (InvalidInputException e) {
            return page(request, null, "invalid");
        } catch (ConflictException e) {
            return page(request, null, "taken");
        }
    }

    @Post(value = "/second-factor/start", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> startSecondFactor(HttpRequest<?> request) {
        SecondFactor.Enrolment enrolment = secondFactor.start(SignedIn.accountId(request));
        ModelAndView<Map<String, Object>> view = page(request, null, null);
        view.getModel().ifPresent(m -> {
            m.put("enrolment", enrolment);
            m.put("enrolmentQr", ReadableQrCode.svg(enrolment.otpauthUri()));
        });
        return view;
    }

    @Post(value = "/second-factor/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmSecondFactor(@Body Map<String, String> form, HttpRequest<?> request) {
        try {
            secondFactor.confirm(SignedIn.accountId(request), form.get("secret"), form.get("code"),
                    SignedIn.sessionId(request).orElse(null), SignedIn.name(request));
        } catch (InvalidInputException e) {
            return HttpResponse.seeOther(URI.create("/ui/me?second-factor=wrong"));
        }
        return HttpResponse.seeOther(URI.create("/ui/me?second-factor=on"));
    }

    @Post(value = "/api-keys/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@PathVariable long id, HttpRequest<?> request) {
        keys.revoke(SignedIn.accountId(request), id, SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/me"));
    }
}

package vn.dcim.web.ui.auth;

import io.micronaut.core.annotation.Introspected;
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
import vn.dcim.core.account.TrustedDevices;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.web.pdf.ReadableQrCode;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** My account: details, the password change, my trusted devices and my API keys (a new key is shown on this page once). */
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
    private final TrustedDevices devices;

    /** A second factor being enrolled: its secret and the QR code the authenticator scans. */
    @Introspected
    record Enrolling(SecondFactor.Enrolment enrolment, String enrolmentQr) implements ScreenView.Part {
    }

    /**
     * My account: its details, whether it may enrol a second factor (the administrators', Art. 15.1), its API keys,
     * a key just made (its secret shown this once) or why it was not, an enrolment under way and how the last ended.
     */
    @Introspected
    record Page(Navigation.Frame frame, UserAccounts.UserView account, boolean canEnrol, List<ApiKeys.KeyView> keys,
                @Nullable ApiKeys.NewKey newKey, @Nullable String keyError, @Nullable Enrolling enrolling,
                @Nullable String secondFactorNote, List<TrustedDevices.Device> devices) implements ScreenView {
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page> screen(HttpRequest<?> request, @Nullable @QueryValue("second-factor") String secondFactorNote) {
        return page(request, null, null, null, "wrong".equals(secondFactorNote) ? "wrong" : "on".equals(secondFactorNote) ? "on" : null);
    }

    private ModelAndView<Page> page(HttpRequest<?> request, @Nullable ApiKeys.NewKey newKey, @Nullable String keyError,
                                    @Nullable Enrolling enrolling, @Nullable String secondFactorNote) {
        long id = SignedIn.accountId(request);
        UserAccounts.UserView account = users.view(id);
        return new ModelAndView<>("auth/me", new Page(Navigation.frame(request, "me"), account,
                account.roles().contains(Role.admin), keys.list(id), newKey, keyError, enrolling, secondFactorNote, devices.of(id)));
    }

    @Post(value = "/api-keys", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    ModelAndView<Page> createKey(@Body Map<String, String> form, HttpRequest<?> request) {
        try {
            return page(request, keys.create(SignedIn.accountId(request), form.get("name"), SignedIn.name(request)), null, null, null);
        } catch (InvalidInputException e) {
            return page(request, null, "invalid", null, null);
        } catch (ConflictException e) {
            return page(request, null, "taken", null, null);
        }
    }

    @Post(value = "/second-factor/start", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    ModelAndView<Page> startSecondFactor(HttpRequest<?> request) {
        SecondFactor.Enrolment enrolment = secondFactor.start(SignedIn.accountId(request));
        return page(request, null, null, new Enrolling(enrolment, ReadableQrCode.svg(enrolment.otpauthUri())), null);
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

    @Post(value = "/devices/{device}/distrust", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> distrust(@PathVariable String device, HttpRequest<?> request) {
        devices.distrust(SignedIn.accountId(request), device, SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/me"));
    }

    @Post(value = "/api-keys/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@PathVariable long id, HttpRequest<?> request) {
        keys.revoke(SignedIn.accountId(request), id, SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/me"));
    }
}

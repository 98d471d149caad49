package vn.dcim.web.ui.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.account.ApiKeys;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.util.Map;

/** My account: details, the password change and my API keys (a new key is shown on this page once). */
@Hidden
@Controller("/ui/me")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyAccountScreen {
    private final UserAccounts users;
    private final ApiKeys keys;

    MyAccountScreen(UserAccounts users, ApiKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(HttpRequest<?> request) {
        return page(request, null);
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, ApiKeys.NewKey newKey) {
        return page(request, newKey, null);
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, ApiKeys.NewKey newKey, String keyError) {
        long id = SignedIn.accountId(request);
        Map<String, Object> model = Navigation.page(request, "me");
        model.put("account", users.view(id));
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

    @Post(value = "/api-keys/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(@PathVariable long id, HttpRequest<?> request) {
        keys.revoke(SignedIn.accountId(request), id, SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/me"));
    }
}

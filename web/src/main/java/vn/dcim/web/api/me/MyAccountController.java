package vn.dcim.web.api.me;

import vn.dcim.web.scope.ScopeAware;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import vn.dcim.core.account.ApiKeys;
import vn.dcim.core.account.TrustedDevices;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.web.security.SignedIn;

import java.util.List;
import java.util.Set;

/** The signed-in person's own account: who am I, my password, my API keys. */
@Tag(name = "My account", description = "Who is signed in, the own password (Art. 15.1) and named API keys")
@ScopeAware
@Controller("/api/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MyAccountController {
    private final UserAccounts users;
    private final ApiKeys keys;
    private final TrustedDevices devices;

    @Serdeable
    record Me(UserAccounts.UserView account, Set<String> rights) {
    }

    @Serdeable
    record PasswordChange(@NotBlank @Size(max = 200) String currentPassword, @NotBlank @Size(max = 200) String newPassword) {
    }

    @Serdeable
    record KeyRequest(@NotBlank @Size(max = 100) String name) {
    }

    @Get
    Me me(HttpRequest<?> request) {
        return new Me(users.view(SignedIn.accountId(request)),
                SignedIn.of(request).map(a -> Set.copyOf(a.getRoles())).orElse(Set.of()));
    }

    @Operation(summary = "Change the own password (the current one, the policy, none of the last five)")
    @Post("/password")
    HttpResponse<?> changePassword(@Valid @Body PasswordChange change, HttpRequest<?> request) {
        users.changeOwnPassword(SignedIn.accountId(request), change.currentPassword(), change.newPassword());
        return HttpResponse.noContent();
    }

    @Get("/api-keys")
    List<ApiKeys.KeyView> apiKeys(HttpRequest<?> request) {
        return keys.list(SignedIn.accountId(request));
    }

    @Operation(summary = "Create a named API key; the key is in this answer only, never again")
    @Post("/api-keys")
    HttpResponse<ApiKeys.NewKey> createKey(@Valid @Body KeyRequest body, HttpRequest<?> request) {
        return HttpResponse.created(keys.create(SignedIn.accountId(request), body.name(), SignedIn.name(request)));
    }

    @Delete("/api-keys/{id}")
    HttpResponse<?> revokeKey(@PathVariable long id, HttpRequest<?> request) {
        keys.revoke(SignedIn.accountId(request), id, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "The clients that signed in to my account and are trusted past a lock by strangers' passwords")
    @Get("/devices")
    List<TrustedDevices.Device> devices(HttpRequest<?> request) {
        return devices.of(SignedIn.accountId(request));
    }

    @Operation(summary = "Stop trusting one of my devices (a lost laptop): it signs in as a stranger from now on")
    @Delete("/devices/{device}")
    HttpResponse<?> distrust(@PathVariable @Size(max = 32) String device, HttpRequest<?> request) {
        devices.distrust(SignedIn.accountId(request), device, SignedIn.name(request));
        return HttpResponse.noContent();
    }
}

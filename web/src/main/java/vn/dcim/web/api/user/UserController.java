package vn.dcim.web.api.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.ApiKeys;
import vn.dcim.core.account.Role;
import vn.dcim.core.account.SecondFactor;
import vn.dcim.core.account.TrustedDevices;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.scope.AgencyAccounts;
import vn.dcim.web.security.SignedIn;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The administrator's screen on the product's own accounts (Art. 15, 16): one account per person. */
@Tag(name = "Users", description = "Accounts that sign in to this product: roles, locks, end dates (Art. 15, 16)")
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserController {
    private final UserAccounts users;
    private final AgencyAccounts agencyAccounts;
    private final ApiKeys keys;
    private final SecondFactor secondFactor;
    private final TrustedDevices devices;

    @Serdeable
    record NewUser(@NotBlank @Size(max = 64) String username, @Nullable @Size(max = 200) String fullName,
                   @NotEmpty Set<String> roles, @NotBlank @Size(max = 200) String password,
                   @Nullable LocalDate validUntil, @Nullable LocalDate birthDate,
                   @Nullable @Size(max = 40) String phone, @Nullable @Email @Size(max = 200) String email,
                   @Nullable @Size(max = 100) String crew,
                   @io.swagger.v3.oas.annotations.media.Schema(description = "the agency the account is limited to; required with the role agency")
                   @Nullable Long agencyId) {
    }

    @Serdeable
    record ProfileChange(@NotEmpty Set<String> roles, @Nullable @Size(max = 200) String fullName,
                         @Nullable LocalDate validUntil, @Nullable LocalDate birthDate,
                         @Nullable @Size(max = 40) String phone, @Nullable @Email @Size(max = 200) String email,
                         @Nullable @Size(max = 100) String crew,
                         @io.swagger.v3.oas.annotations.media.Schema(description = "limit the account to this agency (its sites kept); "
                                 + "required with the role agency unless the account is limited to an agency already")
                         @Nullable Long agencyId) {
    }

    @Serdeable
    record PasswordReset(@NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record UnlockRequest(@NotBlank @Size(max = 500) String request) {
    }

    @Serdeable
    record LockRequest(@Nullable @Size(max = 300) String why) {
    }

    static Set<Role> roles(Set<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            roles.add(Role.parse(n).orElseThrow(() -> new InvalidInputException("roles", "unknown role " + n
                    + " (" + Role.names() + ")").explained("error.user.role", n)));
        }
        return roles;
    }

    @Get
    List<UserAccounts.UserView> list() {
        return users.list();
    }

    @Operation(summary = "Create an account; the person changes the password at first login",
            description = "An agency's person holds the role agency alone and is limited to the agency named by agencyId "
                    + "(422 naming agencyId without it, naming roles with another role)")
    @Post
    HttpResponse<UserAccounts.UserView> create(@Valid @Body NewUser body, HttpRequest<?> request) {
        return HttpResponse.created(agencyAccounts.create(new UserAccounts.NewUser(body.username(), body.fullName(), roles(body.roles()),
                body.password(), body.validUntil(), body.birthDate(), body.phone(), body.email(), body.crew()), body.agencyId(),
                SignedIn.name(request)));
    }

    @Get("/{id}")
    UserAccounts.UserView get(@PathVariable long id) {
        return users.view(id);
    }

    @Operation(summary = "Change roles, name, end date and the personal data a password may not contain",
            description = "The role agency is held alone and needs the account limited to an agency (agencyId here or already): 422 otherwise")
    @Put("/{id}")
    UserAccounts.UserView update(@PathVariable long id, @Valid @Body ProfileChange body, HttpRequest<?> request) {
        return agencyAccounts.update(id, new UserAccounts.Profile(roles(body.roles()), body.fullName(), body.validUntil(),
                body.birthDate(), body.phone(), body.email(), body.crew()), body.agencyId(), SignedIn.name(request));
    }

    @Operation(summary = "Set a new password for the person (changed at their next login); their sessions end")
    @Post("/{id}/password")
    UserAccounts.UserView resetPassword(@PathVariable long id, @Valid @Body PasswordReset body, HttpRequest<?> request) {
        return users.resetPassword(id, body.password(), SignedIn.name(request));
    }

    @Operation(summary = "Unlock after the owner's request (Art. 16.2), which is recorded")
    @Post("/{id}/unlock")
    UserAccounts.UserView unlock(@PathVariable long id, @Valid @Body UnlockRequest body, HttpRequest<?> request) {
        return users.unlock(id, body.request(), SignedIn.name(request));
    }

    @Post("/{id}/lock")
    UserAccounts.UserView lock(@PathVariable long id, @Valid @Body LockRequest body, HttpRequest<?> request) {
        return users.lock(id, body.why(), SignedIn.name(request));
    }

    @Operation(summary = "Re-activate an account suspended for inactivity or its end date (Art. 16.3)")
    @Post("/{id}/reactivate")
    UserAccounts.UserView reactivate(@PathVariable long id, HttpRequest<?> request) {
        return users.reactivate(id, SignedIn.name(request));
    }

    @Operation(summary = "Remove the person's second factor (a lost phone); they enrol again, and their sessions end")
    @Delete("/{id}/second-factor")
    HttpResponse<?> resetSecondFactor(@PathVariable long id, HttpRequest<?> request) {
        secondFactor.reset(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "The clients that signed in to the account and are trusted past a lock by strangers' passwords (Art. 16.2)")
    @Get("/{id}/devices")
    List<TrustedDevices.Device> devices(@PathVariable long id) {
        users.view(id);
        return devices.of(id);
    }

    @Operation(summary = "Stop trusting a device of the account (lost, or not the owner's): it signs in as a stranger from now on")
    @Delete("/{id}/devices/{device}")
    HttpResponse<?> distrust(@PathVariable long id, @PathVariable @Size(max = 32) String device, HttpRequest<?> request) {
        devices.distrust(id, device, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    @Get("/{id}/api-keys")
    List<ApiKeys.KeyView> apiKeys(@PathVariable long id) {
        return keys.list(id);
    }

    @Delete("/{id}/api-keys/{keyId}")
    HttpResponse<?> revokeKey(@PathVariable long id, @PathVariable long keyId, HttpRequest<?> request) {
        keys.revoke(id, keyId, SignedIn.name(request));
        return HttpResponse.noContent();
    }
}

package vn.dcim.web.ui.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.PasswordProblem;
import vn.dcim.core.account.PasswordRefusedException;
import vn.dcim.core.account.Role;
import vn.dcim.core.account.SecondFactor;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dcim.core.scope.AccountScopes;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The accounts screen's forms: create, roles, end date, lock, unlock with the owner's request, scope, second factor,
 * password. Each comes back to the screen, a refused one with the reason.
 */
@Hidden
@Controller("/ui/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountForms {
    private final UserAccounts users;
    private final SecondFactor secondFactor;
    private final Texts texts;
    private final AccountScopes scopes;
    private final vn.dcim.core.scope.AgencyAccounts agencyAccounts;

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, List<String>> form, HttpRequest<?> request) {
        return act(request, () -> agencyAccounts.create(new UserAccounts.NewUser(one(form, "username"), one(form, "fullName"),
                roles(form.getOrDefault("roles", List.of())), one(form, "password"), date(one(form, "validUntil")),
                date(one(form, "birthDate")), one(form, "phone"), one(form, "email"), one(form, "crew")),
                agencyId(one(form, "agencyId")), SignedIn.name(request)));
    }

    @Post(value = "/{id}/unlock", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlock(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(request, () -> users.unlock(id, form.get("request"), SignedIn.name(request)));
    }

    @Post(value = "/{id}/lock", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> lock(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(request, () -> users.lock(id, form.get("why"), SignedIn.name(request)));
    }

    @Post(value = "/{id}/reactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(@PathVariable long id, HttpRequest<?> request) {
        return act(request, () -> users.reactivate(id, SignedIn.name(request)));
    }

    @Post(value = "/{id}/profile", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> profile(@PathVariable long id, @Body Map<String, List<String>> form, HttpRequest<?> request) {
        return act(request, () -> {
            UserAccounts.UserView u = users.view(id);
            return agencyAccounts.update(id, new UserAccounts.Profile(roles(form.getOrDefault("roles", List.of())), u.fullName(),
                    date(one(form, "validUntil")), u.birthDate(), u.phone(), u.email(), one(form, "crew")), null,
                    SignedIn.name(request));
        });
    }

    /** Limits the account to the sites ticked and the agency chosen; nothing ticked nor chosen: everything. */
    @Post(value = "/{id}/scope", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> scope(@PathVariable long id, @Body Map<String, List<String>> form, HttpRequest<?> request) {
        return act(request, () -> {
            users.view(id);
            Long agencyId = agencyId(one(form, "agencyId"));
            Set<String> sites = form.getOrDefault("siteIds", List.of()).stream().filter(v -> !v.isBlank())
                    .collect(Collectors.toSet());
            return scopes.set(id, sites, agencyId, SignedIn.name(request));
        });
    }

    @Post(value = "/{id}/second-factor/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetSecondFactor(@PathVariable long id, HttpRequest<?> request) {
        return act(request, () -> {
            secondFactor.reset(id, SignedIn.name(request));
            return null;
        });
    }

    @Post(value = "/{id}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> password(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(request, () -> users.resetPassword(id, form.getOrDefault("password", ""), SignedIn.name(request)));
    }

    /** A refused change comes back to the screen with the reason; nothing answers 500. */
    private HttpResponse<?> act(HttpRequest<?> request, Supplier<?> change) {
        try {
            change.get();
            return HttpResponse.seeOther(URI.create("/ui/accounts"));
        } catch (PasswordRefusedException e) {
            return HttpResponse.seeOther(URI.create("/ui/accounts?problems="
                    + e.problems().stream().map(PasswordProblem::code).collect(Collectors.joining(","))));
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            return HttpResponse.seeOther(URI.create("/ui/accounts?error="
                    + URLEncoder.encode(texts.of(request, e), StandardCharsets.UTF_8)));
        }
    }

    private static String one(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            if (!n.isBlank()) {
                roles.add(Role.parse(n).orElseThrow(() -> new InvalidInputException("roles", "unknown role " + n).explained("error.user.role", n)));
            }
        }
        return roles;
    }

    private static Long agencyId(@Nullable String agency) {
        try {
            return agency == null ? null : Long.valueOf(agency);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("agencyId", "not an agency").explained("error.scope.agency", agency);
        }
    }

    private static LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "a date is YYYY-MM-DD").explained("error.date");
        }
    }
}

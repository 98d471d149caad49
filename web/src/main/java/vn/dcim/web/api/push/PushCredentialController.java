package vn.dcim.web.api.push;

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
import io.swagger.v3.oas.annotations.Operation;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.push.PushCredential;
import vn.dcim.core.push.PushCredentials;
import vn.dcim.mqtt.dialect.Dialect;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.web.security.SignedIn;

import java.util.List;

/**
 * The devices' HTTP push credentials (Art. 25.3): a Hikvision device gets a token, shown
 * once in the answer to the POST and configured in its "HTTP listening" URL as /push/{token}/isapi (a Dahua
 * device likewise, /push/{token}/dahua); a ZKTeco terminal is registered by its serial number and the addresses
 * it pushes from.
 */
@Tag(name = "Push credentials", description = "Per-device credentials of the HTTP event receiver (Hikvision ISAPI, Dahua, ZKTeco PUSH; Art. 25.3)")
@Controller("/api/push-credentials")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PushCredentialController {
    private final PushCredentials credentials;
    private final AuditLog audit;
    private final DialectEngine dialects;

    @Get
    List<PushCredential> list() {
        return credentials.all();
    }

    @Post
    HttpResponse<IssuedView> issue(@Valid @Body IssueCommand command, HttpRequest<?> request) {
        PushCredentials.Issued issued = credentials.issue(command.deviceId(), command.dialect(), command.serial(),
                command.allowedFrom(), command.note(), SignedIn.name(request));
        PushCredential c = issued.credential();
        audit.record(SignedIn.name(request), "push-credential", String.valueOf(c.id()), "create", null, c);
        if (issued.token() == null) {
            return HttpResponse.created(new IssuedView(c, null, "/iclock/cdata", null));
        }
        // the dialect's own route with the token in it (/push/{token}/isapi, /push/{token}/dahua); a dialect with
        // other paths (Hikvision's /push/isapi) also takes the device id and token as user and password there
        Dialect.HttpRoute route = dialects.httpDialect(c.dialect()).map(Dialect::http).orElseThrow();
        String path = route.path().replace("{token}", issued.token());
        return HttpResponse.created(new IssuedView(c, issued.token(), path, route.also().isEmpty() ? null : c.deviceId()));
    }

    @Delete("/{id}")
    HttpResponse<?> revoke(@PathVariable long id, HttpRequest<?> request) {
        PushCredential before = credentials.byId(id).orElseThrow(() -> new NotFoundException("push credential", id));
        credentials.revoke(id);
        audit.record(SignedIn.name(request), "push-credential", String.valueOf(id), "delete", before, null);
        return HttpResponse.noContent();
    }

    /**
     * The terminal's own account (its ISAPI user and password), kept with a Hikvision credential so that a picture the
     * terminal names by its address (pictureURL) is fetched from it, from the address the push came from only. The
     * password is sealed like every device secret and never shown again; the audit log names the user alone.
     */
    @Operation(summary = "Keep the terminal's own account, to fetch the pictures it names by address",
            description = "HTTP Digest (or Basic, where the terminal asks for it) with this user and password, only to the address the "
                    + "event was pushed from. Hikvision credentials only; the password is never shown again.")
    @Put("/{id}/terminal-account")
    PushCredential keepTerminalAccount(@PathVariable long id, @Valid @Body TerminalAccountCommand command, HttpRequest<?> request) {
        PushCredential before = credentials.byId(id).orElseThrow(() -> new NotFoundException("push credential", id));
        PushCredential after = credentials.keepTerminalAccount(id, command.user(), command.password());
        audit.record(SignedIn.name(request), "push-credential", String.valueOf(id), "terminal-account", before, after);
        return after;
    }

    @Operation(summary = "Forget the terminal's account: the pictures it names by address are no longer fetched")
    @Delete("/{id}/terminal-account")
    HttpResponse<?> forgetTerminalAccount(@PathVariable long id, HttpRequest<?> request) {
        PushCredential before = credentials.byId(id).orElseThrow(() -> new NotFoundException("push credential", id));
        credentials.forgetTerminalAccount(id);
        audit.record(SignedIn.name(request), "push-credential", String.valueOf(id), "terminal-account-forgotten", before,
                credentials.byId(id).orElse(null));
        return HttpResponse.noContent();
    }

    /** The terminal's user and password (the password is kept sealed and never returned). */
    @Serdeable
    record TerminalAccountCommand(@NotBlank @Size(max = 100) String user, @NotBlank @Size(max = 200) String password) {
        @Override
        public String toString() {
            return "TerminalAccountCommand[" + user + "]";
        }
    }

    @Serdeable
    record IssueCommand(@NotBlank @Size(max = 64) String deviceId,
                        @NotBlank @Size(max = 40) String dialect,
                        @Nullable @Size(max = 100) String serial,
                        @Nullable @Size(max = 20) List<@Size(max = 45) String> allowedFrom,
                        @Nullable @Size(max = 200) String note) {
    }

    /**
     * The answer to issuing: the token (and the path to configure in the device), this once; a device
     * that authenticates with a user name and password instead (Basic or Digest at /push/isapi) is
     * given {@code username} and the token as its password.
     */
    @Serdeable
    record IssuedView(PushCredential credential, @Nullable String token, String path, @Nullable String username) {
    }
}

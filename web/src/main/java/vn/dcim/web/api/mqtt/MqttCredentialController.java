package vn.dcim.web.api.mqtt;

import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.broker.MqttCredential;
import vn.dcim.mqtt.broker.MqttCredentials;
import vn.dcim.mqtt.broker.TopicScope;
import vn.dcim.web.security.SignedIn;

import java.time.Instant;
import java.util.List;

/**
 * The devices' sign-ins to the embedded MQTT broker (Art. 25.3: no anonymous publishers
 * outside the demo). The password is generated and shown once, in the answer to the POST. A vendor
 * device's credential names its monitored device and may be limited to its dialect's topics.
 */
@Tag(name = "MQTT credentials", description = "Per-device user names and passwords of the embedded MQTT broker (Art. 25.3)")
@Controller("/api/mqtt-credentials")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MqttCredentialController {
    private final MqttCredentials credentials;
    private final AuditLog audit;

    @Get
    List<CredentialView> list() {
        return credentials.all().stream().map(CredentialView::of).toList();
    }

    @Post
    HttpResponse<IssuedView> issue(@Valid @Body IssueCommand command, HttpRequest<?> request) {
        MqttCredentials.Issued issued;
        try {
            issued = credentials.issue(command.username(), command.topicScope(), command.deviceId(), command.dialect(),
                    command.note(), SignedIn.name(request));
        } catch (MqttCredentials.TakenException e) {
            throw new ConflictException("username", e.getMessage()).explained("error.mqtt.exists", command.username());
        } catch (TopicScope.Invalid e) {
            throw new InvalidInputException("topicScope", e.getMessage()).explained(e.explanation());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("topicScope", e.getMessage()).explained("error.mqtt.topic-scope", e.getMessage());
        }
        CredentialView view = CredentialView.of(issued.credential());
        audit.record(SignedIn.name(request), "mqtt-credential", view.username(), "create", null, view);
        return HttpResponse.created(new IssuedView(view.username(), issued.password(), view.topicScope(), view.deviceId(),
                view.dialect(), view.note(), view.createdAt()));
    }

    @Delete("/{username}")
    HttpResponse<?> revoke(@PathVariable String username, HttpRequest<?> request) {
        CredentialView before = credentials.find(username).map(CredentialView::of)
                .orElseThrow(() -> new NotFoundException("MQTT credential", username));
        credentials.revoke(username);
        audit.record(SignedIn.name(request), "mqtt-credential", username, "delete", before, null);
        return HttpResponse.noContent();
    }

    @Serdeable
    record IssueCommand(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
                        @Nullable @Size(max = 1000) String topicScope,
                        @Nullable @Size(max = 64) String deviceId,
                        @Nullable @Size(max = 64) String dialect,
                        @Nullable @Size(max = 200) String note) {
    }

    /** What is kept of a credential: never its password. */
    @Serdeable
    record CredentialView(String username, String topicScope, @Nullable String deviceId, @Nullable String dialect,
                          @Nullable String note, Instant createdAt, String createdBy) {
        static CredentialView of(MqttCredential c) {
            return new CredentialView(c.username(), c.topicScope(), c.deviceId(), c.dialect(), c.note(), c.createdAt(), c.createdBy());
        }
    }

    /** The answer to issuing: the password, this once. */
    @Serdeable
    record IssuedView(String username, String password, String topicScope, @Nullable String deviceId, @Nullable String dialect,
                      @Nullable String note, Instant createdAt) {
    }
}

package vn.dcim.web.api.notification;

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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.notification.Channel;
import vn.dcim.core.notification.Recipient;
import vn.dcim.core.notification.Recipients;
import vn.dcim.core.notification.RecipientRole;
import vn.dcim.web.security.SignedIn;

import java.net.URI;
import java.util.List;

/**
 * Who is notified, by role and minimum severity (Art. 30.8c): operator on shift, leader, management
 * body (Art. 7.4, 13.2b), provincial People's Committee (Art. 13.2c); by e-mail or webhook, each in
 * the recipient's language ({@code language}: vi, the default, or en).
 */
@Tag(name = "Notification recipients", description = "Who is notified, by role and channel (Art. 30.8c, 13.2c)")
@Controller("/api/notification-recipients")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecipientController {
    private final Recipients recipients;
    private final vn.dcim.core.compliance.FindingRecipients answering;

    @Get
    List<RecipientBody> list() {
        return recipients.all().stream().map(this::of).toList();
    }

    @Post
    HttpResponse<RecipientBody> create(@Valid @Body RecipientBody body, HttpRequest<?> request) {
        return HttpResponse.created(of(recipients.create(body.toRecipient(null, null, null), SignedIn.name(request))));
    }

    @Put("/{id}")
    RecipientBody replace(@PathVariable long id, @Valid @Body RecipientBody body, HttpRequest<?> request) {
        return of(recipients.update(id, stored -> body.toRecipient(id, stored.secret(), stored.language()),
                SignedIn.name(request)));
    }

    @Delete("/{id}")
    HttpResponse<?> delete(@PathVariable long id, HttpRequest<?> request) {
        recipients.delete(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    private RecipientBody of(Recipient r) {
        java.util.Set<Long> centres = answering.centresOf(r);
        return RecipientBody.of(r, centres == null ? null : List.copyOf(centres));
    }

    /**
     * {@code centreId} is the one centre whose compliance findings a recipient without an account answers for;
     * {@code accountId} the person's account, whose sites name the centres instead (not both). {@code centres} answers
     * the centres it is told of, null for the whole province.
     * {@code secret} (a webhook's bearer token) is write-only: taken when given, kept when left out,
     * removed when empty, never answered; {@code hasSecret} tells whether one is stored.
     */
    @Serdeable
    record RecipientBody(Long id, @NotBlank @Size(max = 200) String name, @NotNull RecipientRole role, @NotNull Channel channel,
                         @NotBlank @Size(max = 500) String address, Severity minSeverity, Boolean enabled,
                         @Nullable @Size(max = 500) String secret, @Nullable Boolean hasSecret,
                         @Nullable @Pattern(regexp = "vi|en", message = "vi or en") String language,
                         @Nullable Long centreId, @Nullable Long accountId, @Nullable List<Long> centres) {

        static RecipientBody of(Recipient r, @Nullable List<Long> centres) {
            return new RecipientBody(r.id(), r.name(), r.role(), r.channel(), r.address(), r.minSeverity(), r.enabled(), null,
                    r.secret() != null, r.language(), r.centreId(), r.accountId(), centres);
        }

        /** The language the recipient is told in: as given, else as stored, else Vietnamese. */
        Recipient toRecipient(Long recipientId, @Nullable String storedSecret, @Nullable String storedLanguage) {
            if (secret != null && secret.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new InvalidInputException("secret", "a token without line breaks or control characters").explained("error.recipient.secret-text");
            }
            if (secret != null && !secret.isEmpty() && channel != Channel.webhook) {
                throw new InvalidInputException("secret", "only a webhook takes a secret").explained("error.recipient.secret-webhook");
            }
            String keptSecret = secret == null ? storedSecret : secret.isEmpty() ? null : secret;
            if (channel == Channel.email && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new InvalidInputException("address", "an e-mail address such as truc-ca@ttdl.example.vn").explained("error.recipient.email");
            }
            if (channel == Channel.webhook) {
                try {
                    String scheme = URI.create(address).getScheme();
                    if (!"https".equals(scheme) && !"http".equals(scheme)) {
                        throw new IllegalArgumentException(scheme);
                    }
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("address", "a webhook address is an http(s) URL").explained("error.recipient.webhook-url");
                }
            }
            return new Recipient(recipientId, name, role, channel, address, minSeverity == null ? Severity.major : minSeverity,
                    enabled == null || enabled, keptSecret, language != null ? language : storedLanguage != null ? storedLanguage : Recipient.VIETNAMESE,
                    centreId, accountId);
        }
    }
}

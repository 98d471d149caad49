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
import vn.dcim.core.notification.channel.NotifiedPeople;
import vn.dcim.core.notification.channel.NotifiedPerson;
import vn.dcim.core.notification.channel.PersonContact;
import vn.dcim.web.security.SignedIn;

import java.util.List;
import java.util.Map;

/**
 * The people told of alarms by the duty roster's escalation, each with their own contacts (channel
 * types of data: email, telegram, ntfy, sms, zalo), preferred contact, language and quiet hours; "send a test".
 */
@Tag(name = "Notified people", description = "People told of alarms by the duty roster's escalation, with their contacts (Art. 36.3)")
@Controller("/api/notified-people")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotifiedPersonController {
    private final NotifiedPeople people;

    @Get
    List<NotifiedPeople.Entry> list() {
        return people.list();
    }

    @Get("/channel-types")
    List<String> channelTypes() {
        return people.channelTypes();
    }

    @Get("/{id}")
    NotifiedPeople.Entry find(@PathVariable long id) {
        return people.find(id);
    }

    @Post
    HttpResponse<NotifiedPerson> create(@Valid @Body PersonBody body, HttpRequest<?> request) {
        return HttpResponse.created(people.add(body.name(), body.position() == null ? "operator" : body.position(), body.language(),
                body.quietFrom(), body.quietTo(), SignedIn.name(request)));
    }

    /** The centre whose alarms the person is told of (a shift leader or head of that centre); null: every centre's. */
    @Serdeable
    record CentreBody(@Nullable Long centreId) {
    }

    @Put("/{id}/centre")
    NotifiedPeople.Entry assignCentre(@PathVariable long id, @Body CentreBody body, HttpRequest<?> request) {
        people.assignCentre(id, body.centreId(), SignedIn.name(request));
        return people.find(id);
    }

    @Post("/{id}/contacts")
    HttpResponse<PersonContact> addContact(@PathVariable long id, @Valid @Body ContactBody body, HttpRequest<?> request) {
        return HttpResponse.created(people.addContact(id, body.channelType(), body.address(), body.secret(),
                Boolean.TRUE.equals(body.preferred()), SignedIn.name(request)));
    }

    @Delete("/contacts/{contactId}")
    HttpResponse<?> removeContact(@PathVariable long contactId, HttpRequest<?> request) {
        people.removeContact(contactId, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    /** Queues a test message on the contact; the outbox (GET /api/notifications) shows its delivery. */
    @Post("/contacts/{contactId}/test")
    HttpResponse<Map<String, Long>> test(@PathVariable long contactId, HttpRequest<?> request) {
        return HttpResponse.accepted().body(Map.of("notification", people.test(contactId, SignedIn.name(request))));
    }

    @Serdeable
    record PersonBody(@NotBlank @Size(max = 100) String name,
                      @Nullable @Pattern(regexp = "operator|shift_leader|head", message = "operator, shift_leader or head") String position,
                      @Nullable @Pattern(regexp = "vi|en", message = "vi or en") String language,
                      @Nullable @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "a time such as 22:00") String quietFrom,
                      @Nullable @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "a time such as 06:00") String quietTo) {
    }

    /** {@code secret} (a bot or access token) is write-only: never answered. */
    @Serdeable
    record ContactBody(@NotBlank @Size(max = 20) String channelType, @NotBlank @Size(max = 500) String address,
                       @Nullable @Size(max = 500) String secret, @Nullable Boolean preferred) {
    }
}

package vn.dcim.core.notification.channel;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.outbound.OutboundPolicy;
import vn.dcim.core.outbound.OutboundRefused;

import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people told of alarms and their contacts: kept by the administrator, every change audited.
 * A contact on an HTTP channel type needs its service's host on the outbound allow-list (Art. 25), checked
 * when it is saved and again at every send.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NotifiedPeople {
    private final NotifiedPersonRepository people;
    private final PersonContactRepository contacts;
    private final ChannelTypes types;
    private final OutboundPolicy outbound;
    private final PersonMessages messages;
    private final AuditLog audit;
    private final Centres centres;

    /**
     * A person with their contacts, the secrets left out, and the centre whose alarms they are told of (null: every
     * centre's, as the province's leadership).
     */
    @io.micronaut.serde.annotation.Serdeable
    public record Entry(NotifiedPerson person, List<PersonContact> contacts, @Nullable Long centreId) {
    }

    public List<Entry> list() {
        Map<Long, Long> centreOf = new HashMap<>();
        people.centresOfPeople().forEach(c -> centreOf.put(c.id(), c.centreId()));
        return people.findAllOrderByName().stream().map(p -> new Entry(p, contacts(p.id()), centreOf.get(p.id()))).toList();
    }

    public Entry find(long id) {
        NotifiedPerson p = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
        return new Entry(p, contacts(p.id()), centreOf(id));
    }

    /** The centre whose alarms the person is told of; null: every centre's. */
    @Nullable
    public Long centreOf(long personId) {
        return people.centreOf(personId).orElse(null);
    }

    /**
     * The person is told of one centre's alarms from now on (a shift leader or head of that centre), or of every
     * centre's when {@code centreId} is null (the province's leadership).
     */
    public void assignCentre(long personId, @Nullable Long centreId, String by) {
        NotifiedPerson p = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (centreId != null) {
            centres.get(centreId);
        }
        Long before = centreOf(personId);
        people.assignCentre(personId, centreId);
        audit.record(by, "notified-person", p.id(), "assign-centre", before == null ? null : Map.of("centreId", before),
                centreId == null ? null : Map.of("centreId", centreId));
    }

    public List<String> channelTypes() {
        return types.ids();
    }

    public NotifiedPerson add(String name, String position, @Nullable String language, @Nullable String quietFrom, @Nullable String quietTo,
                              String by) {
        if (!NotifiedPerson.POSITIONS.contains(position)) {
            throw new InvalidInputException("position", "one of " + NotifiedPerson.POSITIONS).explained("error.person.position");
        }
        if (people.findByName(name.trim()).isPresent()) {
            throw new ConflictException("name", name + " is already told of alarms").explained("error.person.exists", name);
        }
        LocalTime from = time("quietFrom", quietFrom);
        LocalTime to = time("quietTo", quietTo);
        if ((from == null) != (to == null)) {
            throw new InvalidInputException(from == null ? "quietFrom" : "quietTo", "quiet hours need a start and an end")
                    .explained("error.person.quiet-both");
        }
        NotifiedPerson saved = people.save(new NotifiedPerson(null, name.trim(), position, "en".equals(language) ? "en" : "vi", from, to, true));
        audit.record(by, "notified-person", saved.id(), "create", null, saved);
        return saved;
    }

    public PersonContact addContact(long personId, String channelType, String address, @Nullable String secret, boolean preferred, String by) {
        NotifiedPerson p = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        ChannelType type = types.get(channelType);
        if (type.smtp() && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("address", "an e-mail address such as truc-ca@ttdl.example.vn").explained("error.recipient.email");
        }
        if (address.isBlank() || address.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException("address", "an address without control characters").explained("error.contact.address");
        }
        if (secret != null && secret.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException("secret", "a token without line breaks or control characters").explained("error.recipient.secret-text");
        }
        if (!type.smtp()) {
            // Art. 25: the type's service must be on the allow-list before anyone relies on it
            try {
                outbound.check(URI.create(type.endpoint() == null ? "" : type.endpoint() + "/"));
            } catch (OutboundRefused e) {
                throw new InvalidInputException("channelType", e.getMessage()).explained(e.explanation());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("channelType", "the type's endpoint is not a valid address").explained("error.contact.endpoint");
            }
        }
        PersonContact saved = contacts.save(new PersonContact(null, p.id(), type.id(), address.trim(), secret == null || secret.isEmpty() ? null : secret,
                preferred, true));
        audit.record(by, "person-contact", saved.id(), "create", null, withoutSecret(saved));
        return withoutSecret(saved);
    }

    public void removeContact(long contactId, String by) {
        PersonContact c = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        contacts.deleteById(contactId);
        audit.record(by, "person-contact", contactId, "delete", withoutSecret(c), null);
    }

    /** "Send a test": a test message on the contact, through the outbox like any other; the outbox row's id. */
    public long test(long contactId, String by) {
        long id = messages.test(contactId);
        audit.record(by, "person-contact", contactId, "test", null, id);
        return id;
    }

    private List<PersonContact> contacts(long personId) {
        return contacts.findByPersonIdOrderById(personId).stream().map(NotifiedPeople::withoutSecret).toList();
    }

    private static PersonContact withoutSecret(PersonContact c) {
        return new PersonContact(c.id(), c.personId(), c.channelType(), c.address(), null, c.preferred(), c.enabled());
    }

    private static @Nullable LocalTime time(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a time of day such as 22:00").explained("error.person.quiet-time");
        }
    }
}

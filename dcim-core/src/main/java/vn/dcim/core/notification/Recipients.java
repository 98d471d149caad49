package vn.dcim.core.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.outbound.OutboundPolicy;
import vn.dcim.core.outbound.OutboundRefused;

import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;

/** Who is notified, by role and channel (Art. 30.8c, 13.2c); every change audited. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Recipients {
    private static final String ENTITY = "notification-recipient";
    private final RecipientRepository recipients;
    private final AuditLog audit;
    private final OutboundPolicy outbound;
    private final vn.dcim.core.centre.Centres centres;
    private final vn.dcim.core.account.UserAccounts accounts;

    /** Every recipient, by role and name. */
    public List<Recipient> all() {
        return recipients.findAllOrderByRoleAndName();
    }

    @Transactional
    public Recipient create(Recipient recipient, String actor) {
        Recipient created = recipients.save(allowed(recipient));
        audit.record(actor, ENTITY, created.id(), "create", null, RecipientView.of(created));
        return created;
    }

    /** Changes a recipient; {@code change} is given the stored one (its secret and language are kept unless given). */
    @Transactional
    public Recipient update(long id, UnaryOperator<Recipient> change, String actor) {
        Recipient stored = recipients.findById(id).orElseThrow(() -> new NotFoundException("notification recipient", id));
        Recipient after = recipients.update(allowed(change.apply(stored)));
        audit.record(actor, ENTITY, id, "update", RecipientView.of(stored), RecipientView.of(after));
        return after;
    }

    @Transactional
    public void delete(long id, String actor) {
        Recipient before = recipients.findById(id).orElseThrow(() -> new NotFoundException("notification recipient", id));
        recipients.deleteById(id);
        audit.record(actor, ENTITY, id, "delete", RecipientView.of(before), null);
    }

    /** Art. 25: a webhook only to a host on the allow-list of outbound hosts (checked again at every send). */
    private Recipient allowed(Recipient r) {
        if (r.accountId() != null && r.centreId() != null) {
            // the account's sites name its centres; a centre set beside them would say something else
            throw new InvalidInputException("centreId", "a recipient with an account answers for the centres of the account's sites")
                    .explained("error.recipient.account-and-centre");
        }
        if (r.centreId() != null && centres.find(r.centreId()).isEmpty()) {
            throw new InvalidInputException("centreId", "no centre " + r.centreId()).explained("error.recipient.centre", String.valueOf(r.centreId()));
        }
        if (r.accountId() != null) {
            try {
                accounts.view(r.accountId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("accountId", "no account " + r.accountId())
                        .explained("error.recipient.account", String.valueOf(r.accountId()));
            }
        }
        if (r.channel() == Channel.webhook) {
            try {
                outbound.check(URI.create(r.address()));
            } catch (OutboundRefused e) {
                throw new InvalidInputException("address", e.getMessage()).explained(e.explanation());
            }
        }
        return r;
    }
}

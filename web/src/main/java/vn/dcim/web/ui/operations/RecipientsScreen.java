package vn.dcim.web.ui.operations;

import java.util.List;
import java.util.Map;
import vn.dcim.core.notification.Recipient;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.Recipients;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.notification.Channel;
import vn.dcim.core.notification.RecipientRole;
import vn.dcim.core.notification.channel.NotifiedPeople;
import vn.dcim.core.notification.channel.NotifiedPerson;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;


/**
 * Who is notified (Art. 30.8c, 13.2c): the list and a form that writes through
 * /api/notification-recipients (static/recipients.js); a webhook's token is write-only there too. Below, the
 * people the duty roster's escalation tells, their contacts and a "send a test" button per contact
 * (static/notified-people.js, through /api/notified-people).
 */
@Hidden
@Controller("/ui/recipients")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecipientsScreen {
    private final Recipients recipients;
    private final AccessRules rules;
    private final NotifiedPeople people;
    private final vn.dcim.core.compliance.FindingRecipients answering;
    private final vn.dcim.core.centre.Centres centres;
    private final vn.dcim.core.account.UserAccounts accounts;

    /**
     * The recipients of notifications with the form's choices, and the notified people with their contacts, each list
     * with whether the reader may change it.
     */
    @Introspected
    record Page(Navigation.Frame frame, List<Recipient> recipients, Map<Long, List<String>> answers,
                List<vn.dcim.core.centre.Centre> centres, List<vn.dcim.core.account.UserAccounts.UserView> accounts, RecipientRole[] roles,
                Channel[] channels, Severity[] severities, boolean canChange, List<NotifiedPeople.Entry> people,
                List<String> positions, List<String> channelTypes, boolean canChangePeople) implements ScreenView {
    }

    @HtmlScreen
    @View("operations/recipients")
    @Get
    public Page screen(HttpRequest<?> request) {
        var all = recipients.all();
        // whose compliance findings each is told: the names of its centres, none for the whole province
        List<vn.dcim.core.centre.Centre> every = centres.all();
        Map<Long, String> centreNames = new java.util.HashMap<>();
        every.forEach(c -> centreNames.put(c.id(), c.name()));
        Map<Long, List<String>> answers = new java.util.HashMap<>();
        for (var r : all) {
            java.util.Set<Long> of = answering.centresOf(r);
            if (of != null) {
                answers.put(r.id(), of.stream().map(id -> centreNames.getOrDefault(id, String.valueOf(id))).toList());
            }
        }
        return new Page(Navigation.frame(request, "recipients"), all, answers, every, accounts.list(), RecipientRole.values(),
                Channel.values(), Severity.values(), rules.mayChange(request, "Notification recipients"), people.list(),
                NotifiedPerson.POSITIONS, people.channelTypes(), rules.mayChange(request, "Notified people"));
    }
}

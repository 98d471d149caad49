package vn.dcim.web.ui.operations;

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

import java.util.Map;

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

    @HtmlScreen
    @View("operations/recipients")
    @Get
    public Map<String, Object> screen(HttpRequest<?> request) {
        Map<String, Object> model = Navigation.page(request, "recipients");
        var all = recipients.all();
        model.put("recipients", all);
        // whose compliance findings each is told: the names of its centres, none for the whole province
        Map<Long, String> centreNames = new java.util.HashMap<>();
        centres.all().forEach(c -> centreNames.put(c.id(), c.name()));
        Map<Long, java.util.List<String>> answers = new java.util.HashMap<>();
        for (var r : all) {
            java.util.Set<Long> of = answering.centresOf(r);
            if (of != null) {
                answers.put(r.id(), of.stream().map(id -> centreNames.getOrDefault(id, String.valueOf(id))).toList());
            }
        }
        model.put("answers", answers);
        model.put("centres", centres.all());
        model.put("accounts", accounts.list());
        model.put("roles", RecipientRole.values());
        model.put("channels", Channel.values());
        model.put("severities", Severity.values());
        model.put("canChange", rules.mayChange(request, "Notification recipients"));
        model.put("people", people.list());
        model.put("positions", NotifiedPerson.POSITIONS);
        model.put("channelTypes", people.channelTypes());
        model.put("canChangePeople", rules.mayChange(request, "Notified people"));
        return model;
    }
}

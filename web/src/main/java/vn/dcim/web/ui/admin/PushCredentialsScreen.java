package vn.dcim.web.ui.admin;

import java.time.Instant;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.push.PushCredential;
import vn.dcim.core.push.PushCredentials;
import vn.dcim.web.api.asset.PageLinks;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.List;

/**
 * The devices' HTTP push credentials (Art. 25.3), as the MQTT credentials screen: the list
 * (all, or one device's), and for those who may change them a form that issues one through
 * /api/push-credentials (static/push-credentials.js), shows the token once with the addresses to
 * configure in the device (Hikvision: the URL with the token, or /push/isapi with the device id and the
 * token as user and password; ZKTeco: the server and /iclock/cdata), and withdraws one; for a Hikvision terminal it
 * keeps or forgets the terminal's own account, with which the pictures it names by address are fetched from it.
 */
@Hidden
@Controller("/ui/push-credentials")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PushCredentialsScreen {
    private final PushCredentials credentials;
    private final AccessRules rules;
    private final PageLinks links;

    /** A push credential as its row shows it: what it is bound to and who issued it, never its token. */
    @Introspected
    record Row(long id, String deviceId, String dialect, boolean hasToken, @Nullable String serial, List<String> allowedFrom,
               @Nullable String note, Instant createdAt, String createdBy, @Nullable String terminalUser) {
        static Row of(PushCredential c) {
            return new Row(c.id(), c.deviceId(), c.dialect(), c.hasToken(), c.serial(), c.allowedFrom(), c.note(), c.createdAt(),
                    c.createdBy(), c.terminalUser());
        }
    }

    /** The push credentials (of one device, or all), those whose terminal may name its pictures, and the address terminals push to. */
    @Introspected
    record Page(Navigation.Frame frame, String device, List<Row> credentials, List<Row> pictureTerminals, List<String> deviceIds,
                String baseUrl, boolean canChange) implements ScreenView {
    }
    @HtmlScreen
    @View("admin/push-credentials")
    @Get
    public Page screen(HttpRequest<?> request, @Nullable @QueryValue String device) {
        String chosen = device == null || device.isBlank() || device.length() > 64 ? null : device.trim();
        List<PushCredential> shown = chosen == null ? credentials.all() : credentials.ofDevice(chosen);
        return new Page(Navigation.frame(request, "push-credentials"), chosen == null ? "" : chosen,
                shown.stream().map(Row::of).toList(),
                // the credentials whose terminal may name its pictures by address: those that can keep the terminal's account
                shown.stream().filter(c -> c.hasToken() && PushCredentials.PICTURE_DIALECTS.contains(c.dialect())).map(Row::of).toList(),
                credentials.deviceIds(), links.base(request), rules.mayChange(request, "Push credentials"));
    }
}

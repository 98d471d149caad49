package vn.dcim.web.ui.admin;

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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @HtmlScreen
    @View("admin/push-credentials")
    @Get
    public Map<String, Object> screen(HttpRequest<?> request, @Nullable @QueryValue String device) {
        Map<String, Object> model = Navigation.page(request, "push-credentials");
        String chosen = device == null || device.isBlank() || device.length() > 64 ? null : device.trim();
        model.put("device", chosen == null ? "" : chosen);
        List<PushCredential> shown = chosen == null ? credentials.all() : credentials.ofDevice(chosen);
        model.put("credentials", shown.stream().map(PushCredentialsScreen::row).toList());
        // the credentials whose terminal may name its pictures by address: those that can keep the terminal's account
        model.put("pictureTerminals", shown.stream().filter(PushCredential::hasToken).map(PushCredentialsScreen::row).toList());
        model.put("deviceIds", credentials.deviceIds());
        model.put("baseUrl", links.base(request));
        model.put("canChange", rules.mayChange(request, "Push credentials"));
        return model;
    }

    /** What a row shows, as the view reads it. */
    private static Map<String, Object> row(PushCredential c) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.id());
        row.put("deviceId", c.deviceId());
        row.put("dialect", c.dialect());
        row.put("hasToken", c.hasToken());
        row.put("serial", c.serial());
        row.put("allowedFrom", c.allowedFrom());
        row.put("note", c.note());
        row.put("createdAt", c.createdAt());
        row.put("createdBy", c.createdBy());
        row.put("terminalUser", c.terminalUser());
        return row;
    }
}

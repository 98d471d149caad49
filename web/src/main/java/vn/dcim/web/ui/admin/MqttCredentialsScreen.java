package vn.dcim.web.ui.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Protocol;
import vn.dcim.mqtt.broker.MqttCredentials;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.Map;

/**
 * The devices' sign-ins to the embedded MQTT broker (Art. 25.3: a screen, not only the
 * API): the list, and for an administrator a form that issues one through /api/mqtt-credentials
 * (static/mqtt-credentials.js), shows its password once, and withdraws one. A vendor device's
 * credential is issued for its monitored device and may be limited to its dialect's topics.
 */
@Hidden
@Controller("/ui/mqtt-credentials")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MqttCredentialsScreen {
    private final MqttCredentials credentials;
    private final AccessRules rules;
    private final MonitoredDevices devices;

    @HtmlScreen
    @View("admin/mqtt-credentials")
    @Get
    public Map<String, Object> screen(HttpRequest<?> request) {
        Map<String, Object> model = Navigation.page(request, "mqtt-credentials");
        model.put("credentials", credentials.all());
        model.put("dialects", credentials.dialectNames());
        model.put("devices", devices.enabled(Protocol.mqtt));
        model.put("canChange", rules.mayChange(request, "MQTT credentials"));
        return model;
    }
}

package vn.dcim.web.ui.admin;

import java.util.List;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.broker.MqttCredential;
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
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Protocol;
import vn.dcim.mqtt.broker.MqttCredentials;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;


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

    /** The broker's credentials, the dialects and MQTT devices a credential may be bound to, and the form for those who may change them. */
    @Introspected
    record Page(Navigation.Frame frame, List<MqttCredential> credentials, List<String> dialects, List<MonitoredDevice> devices,
                boolean canChange) implements ScreenView {
    }
    @HtmlScreen
    @View("admin/mqtt-credentials")
    @Get
    public Page screen(HttpRequest<?> request) {
        return new Page(Navigation.frame(request, "mqtt-credentials"), credentials.all(), credentials.dialectNames(),
                devices.enabled(Protocol.mqtt), rules.mayChange(request, "MQTT credentials"));
    }
}

package vn.dcim.web.api.device;

import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.DeviceView;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.snmp.poll.AgentAddress;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.util.List;
import java.util.Objects;

/**
 * Monitoring set-up: the SNMP and MQTT devices the product reads, each tied to a site and
 * optionally to its asset. Every change is audited with the person who made it (Art. 30.7b) and taken
 * up by the poller at its next tick, without a restart. A test polls an agent once with the settings
 * entered, before or after saving them.
 */
@Tag(name = "Monitored devices", description = "SNMP and MQTT devices the product reads; secrets are write-only (Art. 30.7c)")
@Controller("/api/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceController {
    private final MonitoredDevices devices;
    private final DeviceTester tester;
    private final vn.dcim.web.i18n.ShownModel shown;
    private final AgentScan scanner;
    private final ScopedEquipment scoped;

    @Operation(summary = "Monitored devices, by site and id; filter by site and protocol")
    @Get("{?site,protocol,limit,offset}")
    @ScopeAware
    Page<DeviceView> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue @Size(max = 64) String site,
                          @Nullable @QueryValue Protocol protocol,
                          @QueryValue(defaultValue = "100") @Min(1) @Max(1000) int limit,
                          @QueryValue(defaultValue = "0") @Min(0) int offset) {
        // a limited account's devices are cut and paged in SQL as everyone's are
        Paged<MonitoredDevice> page = scope.limited()
                ? devices.findWithin(site, protocol, scope.siteIds(), scoped.deviceIdsOf(scope), limit, offset)
                : devices.find(site, protocol, limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items().stream().map(DeviceView::of).toList());
    }

    @Operation(summary = "The profiles a device can be told to use instead of detecting one")
    @Get("/profiles")
    List<String> profiles() {
        return tester.profiles();
    }

    @ScopeAware(id = ScopeAware.Id.device)
    @Get("/{id}")
    DeviceView get(@PathVariable @Size(max = 64) String id) {
        return DeviceView.of(devices.get(id));
    }

    @Post
    HttpResponse<DeviceView> create(@Valid @Body DeviceBody body, HttpRequest<?> request) {
        return HttpResponse.created(DeviceView.of(devices.create(body.id(), () -> body.toDevice(body.id(), null),
                this::checkProfile, SignedIn.name(request))));
    }

    /** The id stays (readings and alarms are kept under it); a body's own id is ignored. */
    @Put("/{id}")
    DeviceView replace(@PathVariable @Size(max = 64) String id, @Valid @Body DeviceBody body, HttpRequest<?> request) {
        return DeviceView.of(devices.update(id, stored -> body.toDevice(id, stored), this::checkProfile, SignedIn.name(request)));
    }

    /** Its readings stay (Art. 30.7a: kept six months); it is no longer polled. */
    @Delete("/{id}")
    HttpResponse<?> delete(@PathVariable @Size(max = 64) String id, HttpRequest<?> request) {
        devices.delete(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "Poll an SNMP agent once with these settings (a stored device's secrets are used where left out)")
    @Post("/test")
    DeviceTester.Outcome test(@Valid @Body Probe probe, HttpRequest<?> request) {
        MonitoredDevice stored = probe.id() == null ? null : devices.find(probe.id()).orElse(null);
        MonitoredDevice d = probe.asBody().toDevice("test", stored);
        checkProfile(d);
        return tester.test(agent(d), d.profile()).told(shown.of(request));
    }

    @Operation(summary = "Poll a stored SNMP device once with its stored settings")
    @Post("/{id}/test")
    DeviceTester.Outcome testStored(@PathVariable @Size(max = 64) String id, HttpRequest<?> request) {
        MonitoredDevice d = devices.get(id);
        if (d.protocol() != Protocol.snmp) {
            throw new InvalidInputException("protocol", "only an SNMP device can be polled; an MQTT device sends by itself").explained("error.device.poll-mqtt");
        }
        return tester.test(agent(d), d.profile()).told(shown.of(request));
    }

    /**
     * Which addresses of a range (at most a /24) answer SNMPv2c with this community, each proposed as a
     * device: what it says it is, the profiles its identity names, and the device already set up there.
     */
    @Operation(summary = "Scan an IPv4 range (at most /24) for SNMP agents and propose devices")
    @Post("/scan")
    List<Proposal> scan(@Valid @Body Scan body) {
        List<MonitoredDevice> known = devices.all();
        return scanner.scan(body.cidr(), body.port() == null ? 161 : body.port(), body.community(),
                        body.timeoutMs() == null ? 2000 : body.timeoutMs()).stream()
                .map(f -> new Proposal(f.host(), f.sysDescr(), f.sysObjectId(), f.profiles(), known.stream()
                        .filter(d -> f.host().equals(d.host()) && Objects.equals(d.port(), body.port() == null ? 161 : body.port()))
                        .map(MonitoredDevice::id).findFirst().orElse(null)))
                .toList();
    }

    @Serdeable
    record Scan(@NotBlank @Size(max = 18) String cidr,
                @Nullable @Min(1) @Max(65535) Integer port,
                @NotBlank @Size(max = 100) String community,
                @Nullable @Min(100) @Max(10_000) Integer timeoutMs) {
    }

    @Serdeable
    record Proposal(String host, String sysDescr, String sysObjectId, List<String> profiles, @Nullable String monitoredAs) {
    }

    private static AgentAddress agent(MonitoredDevice d) {
        return new AgentAddress(d.host(), d.port() == null ? 161 : d.port(), d.snmpVersion() == null ? "2c" : d.snmpVersion(),
                d.community(), d.v3User(), d.v3AuthProto(), d.v3AuthPass(), d.v3PrivProto(), d.v3PrivPass(), d.timeoutMs(), d.retries());
    }

    /** A named profile is one the poller knows: refused by field, not by the database (core checks the parents first). */
    private void checkProfile(MonitoredDevice d) {
        if (d.profile() != null && !tester.knowsProfile(d.profile())) {
            throw new InvalidInputException("profile", "no profile named " + d.profile()).explained("error.device.profile", d.profile());
        }
    }

    /** The SNMP settings of a test; {@code id} names a stored device whose secrets fill the ones left out. */
    @Serdeable
    record Probe(@Nullable @Size(max = 64) String id, @JsonUnwrapped @Valid @Nullable SnmpAgentSettings snmp) {

        DeviceBody asBody() {
            return new DeviceBody("test", "test", null, "test", Protocol.snmp, snmp, null, true);
        }
    }
}

package vn.dcim.web.api.device;

import io.micronaut.context.event.ApplicationEventPublisher;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceChanged;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.SiteRepository;
import vn.dcim.snmp.poll.AgentAddress;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * Monitoring set-up (issue 20): the SNMP and MQTT devices the product reads, each tied to a site and
 * optionally to its asset. Every change is audited with the person who made it (Art. 30.7b) and taken
 * up by the poller at its next tick, without a restart. A test polls an agent once with the settings
 * entered, before or after saving them.
 */
@Tag(name = "Monitored devices", description = "SNMP and MQTT devices the product reads; secrets are write-only (Art. 30.7c)")
@Controller("/api/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeviceController {
    private final MonitoredDeviceRepository devices;
    private final SiteRepository sites;
    private final AssetRepository assets;
    private final AuditLog audit;
    private final DeviceTester tester;
    private final ApplicationEventPublisher<MonitoredDeviceChanged> changes;
    private final AgentScan scanner;

    DeviceController(MonitoredDeviceRepository devices, SiteRepository sites, AssetRepository assets, AuditLog audit,
                     DeviceTester tester, ApplicationEventPublisher<MonitoredDeviceChanged> changes, AgentScan scanner) {
        this.scanner = scanner;
        this.devices = devices;
        this.sites = sites;
        this.assets = assets;
        this.audit = audit;
        this.tester = tester;
        this.changes = changes;
    }

    @Operation(summary = "Monitored devices, by site and id; filter by site and protocol")
    @Get("{?site,protocol,limit,offset}")
    Page<DeviceView> list(HttpRequest<?> request, @Nullable @QueryValue @Size(max = 64) String site,
                          @Nullable @QueryValue Protocol protocol,
                          @QueryValue(defaultValue = "100") @Min(1) @Max(1000) int limit,
                          @QueryValue(defaultValue = "0") @Min(0) int offset) {
        List<DeviceView> all = StreamSupport.stream(devices.findAll().spliterator(), false)
                .filter(d -> site == null || site.equals(d.siteId()))
                .filter(d -> protocol == null || protocol == d.protocol())
                .sorted(Comparator.comparing(MonitoredDevice::siteId).thenComparing(MonitoredDevice::id))
                .map(DeviceView::of).toList();
        return Page.of(request, all.size(), limit, offset, all.stream().skip(offset).limit(limit).toList());
    }

    @Operation(summary = "The profiles a device can be told to use instead of detecting one")
    @Get("/profiles")
    List<String> profiles() {
        return tester.profiles();
    }

    @Get("/{id}")
    DeviceView get(@PathVariable @Size(max = 64) String id) {
        return DeviceView.of(find(id));
    }

    @Post
    HttpResponse<DeviceView> create(@Valid @Body DeviceBody body, HttpRequest<?> request) {
        if (devices.existsById(body.id())) {
            throw new ConflictException("id", "a device " + body.id() + " exists already").explained("error.device.exists", body.id());
        }
        DeviceView created = DeviceView.of(devices.save(checked(body.toDevice(body.id(), null))));
        audit.record(SignedIn.name(request), "monitored-device", created.id(), "create", null, created);
        changes.publishEvent(new MonitoredDeviceChanged(created.id()));
        return HttpResponse.created(created);
    }

    /** The id stays (readings and alarms are kept under it); a body's own id is ignored. */
    @Put("/{id}")
    DeviceView replace(@PathVariable @Size(max = 64) String id, @Valid @Body DeviceBody body, HttpRequest<?> request) {
        MonitoredDevice stored = find(id);
        DeviceView before = DeviceView.of(stored);
        DeviceView after = DeviceView.of(devices.update(checked(body.toDevice(id, stored))));
        audit.record(SignedIn.name(request), "monitored-device", id, "update", before, after);
        changes.publishEvent(new MonitoredDeviceChanged(id));
        return after;
    }

    /** Its readings stay (Art. 30.7a: kept six months); it is no longer polled. */
    @Delete("/{id}")
    HttpResponse<?> delete(@PathVariable @Size(max = 64) String id, HttpRequest<?> request) {
        DeviceView before = DeviceView.of(find(id));
        devices.deleteById(id);
        audit.record(SignedIn.name(request), "monitored-device", id, "delete", before, null);
        changes.publishEvent(new MonitoredDeviceChanged(id));
        return HttpResponse.noContent();
    }

    @Operation(summary = "Poll an SNMP agent once with these settings (a stored device's secrets are used where left out)")
    @Post("/test")
    DeviceTester.Outcome test(@Valid @Body Probe probe) {
        MonitoredDevice stored = probe.id() == null ? null : devices.findById(probe.id()).orElse(null);
        MonitoredDevice d = probe.asBody().toDevice("test", stored);
        if (d.profile() != null && !tester.knowsProfile(d.profile())) {
            throw new InvalidInputException("profile", "no profile named " + d.profile()).explained("error.device.profile", d.profile());
        }
        return tester.test(agent(d), d.profile());
    }

    @Operation(summary = "Poll a stored SNMP device once with its stored settings")
    @Post("/{id}/test")
    DeviceTester.Outcome testStored(@PathVariable @Size(max = 64) String id) {
        MonitoredDevice d = find(id);
        if (d.protocol() != Protocol.snmp) {
            throw new InvalidInputException("protocol", "only an SNMP device can be polled; an MQTT device sends by itself").explained("error.device.poll-mqtt");
        }
        return tester.test(agent(d), d.profile());
    }

    /**
     * Which addresses of a range (at most a /24) answer SNMPv2c with this community, each proposed as a
     * device: what it says it is, the profiles its identity names, and the device already set up there.
     */
    @Operation(summary = "Scan an IPv4 range (at most /24) for SNMP agents and propose devices")
    @Post("/scan")
    List<Proposal> scan(@Valid @Body Scan body) {
        List<MonitoredDevice> known = StreamSupport.stream(devices.findAll().spliterator(), false).toList();
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

    private MonitoredDevice find(String id) {
        return devices.findById(id).orElseThrow(() -> new NotFoundException("device", id));
    }

    /** The parents exist and a named profile is one the poller knows: refused by field, not by the database. */
    private MonitoredDevice checked(MonitoredDevice d) {
        if (!sites.existsById(d.siteId())) {
            throw new InvalidInputException("siteId", "no site " + d.siteId()).explained("error.site.unknown", d.siteId());
        }
        if (d.assetId() != null && !assets.existsById(d.assetId())) {
            throw new InvalidInputException("assetId", "no asset " + d.assetId()).explained("error.asset.unknown", d.assetId());
        }
        if (d.profile() != null && !tester.knowsProfile(d.profile())) {
            throw new InvalidInputException("profile", "no profile named " + d.profile()).explained("error.device.profile", d.profile());
        }
        return d;
    }

    /** The SNMP settings of a test; {@code id} names a stored device whose secrets fill the ones left out. */
    @Serdeable
    record Probe(@Nullable @Size(max = 64) String id,
                 @Nullable @Size(max = 255) @Pattern(regexp = DeviceBody.HOST) String host,
                 @Nullable @Min(1) @Max(65535) Integer port,
                 @Nullable @Pattern(regexp = DeviceBody.SNMP_VERSION) String snmpVersion,
                 @Nullable @Size(max = 100) String community,
                 @Nullable @Size(max = 100) String v3User,
                 @Nullable @Pattern(regexp = DeviceBody.V3_AUTH) String v3AuthProto,
                 @Nullable @Size(max = 200) String v3AuthPass,
                 @Nullable @Pattern(regexp = DeviceBody.V3_PRIV) String v3PrivProto,
                 @Nullable @Size(max = 200) String v3PrivPass,
                 @Nullable @Size(max = 100) String profile,
                 @Nullable @Min(100) @Max(60_000) Integer timeoutMs,
                 @Nullable @Min(0) @Max(5) Integer retries) {

        DeviceBody asBody() {
            return new DeviceBody("test", "test", null, "test", Protocol.snmp, host, port, snmpVersion, community, v3User,
                    v3AuthProto, v3AuthPass, v3PrivProto, v3PrivPass, profile, null, timeoutMs, retries, true);
        }
    }
}

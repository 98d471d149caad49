package vn.dcim.web.api.alarm;

import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.reactivestreams.Publisher;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.util.List;
import java.util.Set;

/** Alarms for the operator on shift, most severe first (Art. 30.8a). */
@Tag(name = "Alarms", description = "Raised alarms, acknowledgement and the live stream (Art. 30.8a)")
@Controller("/api/alarms")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AlarmController {
    private static final Set<String> STATES = Set.copyOf(AlarmFilter.STATES);

    private final Alarms alarms;
    private final AlarmStream stream;
    private final AlarmWords words;
    private final ScopedEquipment scoped;

    /**
     * Alarms, most severe first. {@code state} (ANSI/ISA-18.2): open (active, unacknowledged), acknowledged
     * (active, acknowledged), returned (returned to normal, not acknowledged), closed; or a set of them:
     * unacknowledged (open or returned: awaiting a person), console (not closed: what the console shows),
     * active (open or acknowledged), cleared (returned or closed). {@code device}, {@code rule},
     * {@code severity}, {@code site} narrow the list.
     */
    @ScopeAware
    @Get
    Page<AlarmView> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue String state, @Nullable @QueryValue String device,
                         @Nullable @QueryValue String rule, @Nullable @QueryValue String severity, @Nullable @QueryValue String site,
                         @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        if (state != null && !STATES.contains(state)) {
            throw new InvalidInputException("state", "state must be one of " + String.join(", ", AlarmFilter.STATES))
                    .explained("error.alarm.state");
        }
        Severity level = null;
        if (severity != null) {
            try {
                level = Severity.valueOf(severity);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("severity", "severity must be critical, major, minor, warning or info").explained("error.alarm.severity");
            }
        }
        Page.checkLimitUpTo1000(limit, offset);
        AlarmFilter filter = new AlarmFilter(state, device, rule, level, site);
        if (scope.limited()) {
            filter = filter.within(scope.siteIds(), scoped.deviceIdsOf(scope));
        }
        return Page.of(request, alarms.count(filter), limit, offset,
                alarms.list(filter, limit, offset).stream().map(a -> words.told(a, request)).toList());
    }

    /** Server-sent events: one "alarm" event per change (raised, reopened, acknowledged, cleared). */
    @ScopeAware
    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<?>> stream(@Parameter(hidden = true) Scope scope) {
        return stream.events(scope);
    }

    @ScopeAware(id = ScopeAware.Id.alarm)
    @Get("/{id}")
    AlarmView get(@PathVariable long id, HttpRequest<?> request) {
        return words.told(alarms.find(id).orElseThrow(() -> new NotFoundException("alarm", id)), request);
    }

    /**
     * The consequences recorded under a root alarm (a site's grid lost: its UPSs on battery, its ATS, its generator;
     * a camera's offline: its video loss), newest first, those closed included: each acknowledgeable like any alarm.
     */
    @Get("/{id}/symptoms")
    List<AlarmView> symptoms(@PathVariable long id, HttpRequest<?> request) {
        alarms.find(id).orElseThrow(() -> new NotFoundException("alarm", id));
        return alarms.symptomsOf(id).stream().map(a -> words.told(a, request)).toList();
    }

    @ScopeAware(id = ScopeAware.Id.alarm)
    @Post("/{id}/ack")
    AlarmView acknowledge(@PathVariable long id, @Valid @Body Acknowledgement ack, HttpRequest<?> request) {
        AlarmView alarm = alarms.find(id).orElseThrow(() -> new NotFoundException("alarm", id));
        // ISA-18.2: an alarm that returned to normal is acknowledged like an active one, and closes
        if (alarm.closedAt() == null) {
            alarms.acknowledge(id, SignedIn.name(request), ack.note());
        }
        return words.told(alarms.find(id).orElseThrow(), request);
    }

    @Serdeable
    record Acknowledgement(@Nullable @Size(max = 500) String note) {
    }
}

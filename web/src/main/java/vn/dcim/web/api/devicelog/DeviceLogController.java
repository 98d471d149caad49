package vn.dcim.web.api.devicelog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.devicelog.DeviceLog;
import vn.dcim.core.devicelog.DeviceLogEntry;
import vn.dcim.core.devicelog.DeviceLogFilter;
import vn.dcim.core.devicelog.DeviceLogPage;
import vn.dcim.core.devicelog.DeviceLogSeverity;
import vn.dcim.core.devicelog.DeviceLogSource;
import vn.dcim.core.devicelog.UnknownSender;
import vn.dcim.core.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.api.Page;
import vn.dcim.web.api.QueryBound;
import vn.dcim.web.scope.ScopeAware;

import java.time.Instant;
import java.util.List;

/**
 * One device log (Art. 30.6-30.7): what devices told by themselves, SNMP traps, syslog
 * lines and pushed HTTP events, newest first, filtered by device, severity (this one or worse),
 * text, source and time window, paged in SQL. {@code device=unknown} lists what senders that are no
 * monitored device sent; {@code /api/device-log/unknown-senders} lists those addresses.
 */
@Tag(name = "Device log", description = "Traps, syslog and pushed events of devices (Art. 30.6-30.7a), kept at least 6 months")
@Controller("/api/device-log")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceLogController {
    private final DeviceLog log;
    private final ScopedEquipment scoped;

    /**
     * A limited account reads what the devices of its scope sent (the gate answers 404 for another's device); what
     * an unknown sender sent is no device's, and is the centre's to sort out.
     */
    @ScopeAware
    @Get
    @Operation(summary = "Entries of the device log, newest first")
    Page<EntryView> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue String device, @Nullable @QueryValue String severity,
                         @Nullable @QueryValue String q, @Nullable @QueryValue String source,
                         @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                         @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        Page.checkLimitUpTo500(limit, offset);
        DeviceLogSeverity minimum = DeviceLogSeverity.parse(severity);
        if (severity != null && !severity.isBlank() && minimum == null) {
            throw new InvalidInputException("severity", "severity is one of emergency, alert, critical, error, warning, notice, info, debug").explained("error.devicelog.severity");
        }
        DeviceLogSource from_ = null;
        if (source != null && !source.isBlank()) {
            try {
                from_ = DeviceLogSource.valueOf(source.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("source", "source is trap, syslog or http").explained("error.devicelog.source");
            }
        }
        if (q != null && q.length() > 200) {
            throw new InvalidInputException("q", "the text searched is at most 200 characters").explained("error.devicelog.q");
        }
        boolean unknown = "unknown".equals(device);
        DeviceLogFilter filter = new DeviceLogFilter(unknown ? null : blankToNull(device), unknown, minimum, blankToNull(q), from_,
                instant("from", from), instant("to", to));
        // cut in SQL by the ids of the scope's devices (a site's few hundred; the log holds millions of lines)
        DeviceLogPage page = log.find(filter, scoped.allDeviceIdsOf(scope), limit, offset);
        return Page.of(request, page.count(), limit, offset, page.entries().stream().map(EntryView::of).toList());
    }

    @Get("/unknown-senders")
    @Operation(summary = "Addresses that sent traps, syslog or events without being a monitored device")
    List<UnknownSender> unknownSenders() {
        return log.unknownSenders();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static @Nullable Instant instant(String field, @Nullable String value) {
        return QueryBound.parse(value, field, Instant::parse, "an ISO-8601 instant such as 2026-01-31T08:00:00Z", "error.devicelog.instant");
    }

    /** One entry: when, from where, how bad, what; the raw message and its structured fields as received. */
    @Serdeable
    record EntryView(long id, Instant ts, Instant receivedAt, @Nullable String device, String sender, String source,
                     String severity, String text, @Nullable String event, @Nullable String raw, @Nullable String fields) {
        static EntryView of(DeviceLogEntry e) {
            return new EntryView(e.id(), e.ts(), e.receivedAt(), e.deviceId(), e.sender(), e.source().name(), e.severity().name(),
                    e.text(), e.event(), e.raw(), e.fields());
        }
    }
}

package vn.dcim.web.api.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.api.Page;

import java.util.Set;

/** Alarms for the operator on shift, most severe first (Art. 30.8a). */
@Controller("/api/alarms")
class AlarmController {
    private static final Set<String> STATES = Set.of("open", "acknowledged", "cleared");

    private final Alarms alarms;

    AlarmController(Alarms alarms) {
        this.alarms = alarms;
    }

    @Get
    Page<AlarmView> list(HttpRequest<?> request, @Nullable @QueryValue String state,
                         @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        if (state != null && !STATES.contains(state)) {
            throw new InvalidInputException("state", "state must be open, acknowledged or cleared");
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "limit must be between 1 and 1000");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must not be negative");
        }
        return Page.of(request, alarms.count(state), limit, offset, alarms.list(state, limit, offset));
    }

    @Get("/{id}")
    AlarmView get(@PathVariable long id) {
        return alarms.find(id).orElseThrow(() -> new NotFoundException("alarm", id));
    }

    @Post("/{id}/ack")
    AlarmView acknowledge(@PathVariable long id, @Valid @Body Acknowledgement ack) {
        AlarmView alarm = alarms.find(id).orElseThrow(() -> new NotFoundException("alarm", id));
        if (alarm.clearedAt() == null) {
            alarms.acknowledge(id, ack.by(), ack.note());
        }
        return alarms.find(id).orElseThrow();
    }

    @Serdeable
    record Acknowledgement(@NotBlank @Size(max = 100) String by, @Nullable @Size(max = 500) String note) {
    }
}

package vn.dcim.web.api.alarm;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.notification.escalation.AlarmStep;
import vn.dcim.core.notification.escalation.AlarmSteps;

import java.util.List;

/** An alarm's history of notices: who was told at which level, roster gaps, acknowledgements from a message. */
@Tag(name = "Alarms")
@Controller("/api/alarms/{id}/notices")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AlarmNoticeController {
    private final Alarms alarms;
    private final AlarmSteps steps;

    @Get
    List<AlarmStep> list(@PathVariable long id) {
        alarms.find(id).orElseThrow(() -> new NotFoundException("alarm", id));
        return steps.of(id);
    }
}

package vn.dcim.web.api.personal;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import vn.dcim.core.personal.RetentionPolicy;
import vn.dcim.web.scope.ScopeAware;

import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** How long personal data is kept: the retention in force for each kind, with the law's bound. */
@Tag(name = "Personal data", description = "Data-subject requests (export, erasure), legal holds and retention of personal data (Law 91/2025/QH15)")
@Controller("/api/personal-data")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RetentionController {
    private final RetentionPolicy policy;

    /** The retention in force for each kind, the configured value and the law's bound with its article. */
    @Serdeable
    record Retention(String kind, int days, int configuredDays, int floorDays, String article) {
    }

    @ScopeAware
    @Operation(summary = "The retention in force for each kind of personal data, with the law's bound")
    @Get("/retention")
    List<Retention> retention() {
        return List.of(new Retention("access-log", policy.accessLogDays(), policy.configuredAccessLogDays(), RetentionPolicy.ACCESS_LOG_FLOOR_DAYS,
                        RetentionPolicy.ACCESS_LOG_ARTICLE),
                new Retention("face-pictures", policy.pictureDays(), policy.configuredPictureDays(), RetentionPolicy.PICTURE_FLOOR_DAYS,
                        RetentionPolicy.PICTURE_ARTICLE));
    }
}

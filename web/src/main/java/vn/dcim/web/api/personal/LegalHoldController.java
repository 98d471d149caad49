package vn.dcim.web.api.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.dcim.core.personal.LegalHold;
import vn.dcim.core.personal.LegalHolds;
import vn.dcim.web.security.SignedIn;

import java.time.LocalDate;
import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Legal holds on a person's records (an incident under investigation): erasure and purge spare them until released. */
@Tag(name = "Personal data", description = "Data-subject requests (export, erasure), legal holds and retention of personal data (Law 91/2025/QH15)")
@Controller("/api/personal-data")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LegalHoldController {
    private final LegalHolds holds;

    /** A hold on a person (name, badge or both), why, and the day it is to be reviewed by (none: the setting's days ahead). */
    @Serdeable
    record HoldCommand(@Nullable @Size(max = 200) String person, @Nullable @Size(max = 100) String badge,
                       @NotBlank @Size(max = 500) String reason, @Nullable LocalDate reviewOn) {
    }

    /** A hold looked at and kept: the next day it is to be reviewed by (none: the setting's days ahead), and what was decided. */
    @Serdeable
    record ReviewCommand(@Nullable LocalDate reviewOn, @Nullable @Size(max = 500) String note) {
    }

    @Operation(summary = "The legal holds, those in force first")
    @Get("/holds")
    List<LegalHold> holds() {
        return holds.all();
    }

    @Operation(summary = "Place a legal hold on a person's records (an incident under investigation): erasure and purge spare them",
            description = "The hold is to be reviewed by reviewOn (yyyy-MM-dd, a day of the centre): by default DCIM_LEGAL_HOLD_REVIEW_DAYS "
                    + "days ahead, at most DCIM_LEGAL_HOLD_REVIEW_MAX_DAYS; a hold in force past its review day is a compliance finding.")
    @Post("/holds")
    @Status(HttpStatus.CREATED)
    LegalHold hold(@Valid @Body HoldCommand c, HttpRequest<?> request) {
        return holds.place(c.person(), c.badge(), c.reason(), c.reviewOn(), SignedIn.name(request));
    }

    @Operation(summary = "Review a legal hold in force: it stays, to be reviewed again by a new day",
            description = "The new day is at most DCIM_LEGAL_HOLD_REVIEW_MAX_DAYS ahead; the review and its note are written in the audit log.")
    @Post("/holds/{id}/review")
    LegalHold review(@PathVariable long id, @Valid @Body ReviewCommand c, HttpRequest<?> request) {
        return holds.review(id, c.reviewOn(), c.note(), SignedIn.name(request));
    }

    @Operation(summary = "Release a legal hold")
    @Post("/holds/{id}/release")
    LegalHold release(@PathVariable long id, HttpRequest<?> request) {
        return holds.release(id, SignedIn.name(request));
    }
}

package vn.dcim.web.api.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmRule;
import vn.dcim.core.alarm.AlarmRules;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.validation.Finite;
import vn.dcim.web.security.SignedIn;

import java.util.List;

/** Alarm rules as data, editable: thresholds with hysteresis and duration, states, severity, article. */
@Tag(name = "Alarm rules", description = "Thresholds, states and staleness as data, each naming its article")
@Controller("/api/alarm-rules")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AlarmRuleController {
    private final AlarmRules rules;

    @Get
    List<RuleBody> list() {
        return rules.all().stream().map(RuleBody::of).toList();
    }

    @Get("/{id}")
    RuleBody get(@PathVariable String id) {
        return rules.find(id).map(RuleBody::of).orElseThrow(() -> new NotFoundException("alarm rule", id));
    }

    @Post
    HttpResponse<RuleBody> create(@Valid @Body RuleBody body, HttpRequest<?> request) {
        if (body.id() == null || body.id().isBlank()) {
            throw new vn.dcim.core.error.InvalidInputException("id", "id is required, e.g. server-room-temperature-high");
        }
        if (rules.find(body.id()).isPresent()) {
            throw new ConflictException("id", "alarm rule " + body.id() + " exists; change it with PUT")
                    .explained("error.rule.exists", body.id());
        }
        return HttpResponse.created(RuleBody.of(rules.save(body.toRule(body.id(), true), SignedIn.name(request))));
    }

    /** Replaces a rule; disable it ({@code enabled: false}) rather than deleting, so its alarms keep their meaning. */
    @Put("/{id}")
    RuleBody replace(@PathVariable String id, @Valid @Body RuleBody body, HttpRequest<?> request) {
        AlarmRule before = rules.find(id).orElseThrow(() -> new NotFoundException("alarm rule", id));
        // a body without "latching" keeps the rule's (ISA-18.2: a non-latching rule stays so unless said otherwise)
        return RuleBody.of(rules.save(body.toRule(id, before.latching()), SignedIn.name(request)));
    }

    @Serdeable
    record RuleBody(@Nullable @Size(max = 64) String id, @NotBlank @Size(max = 100) String metric,
                    @NotNull AlarmRule.Kind kind, @Nullable @Finite Double trigger, @Nullable @Finite Double rearm,
                    // stored joined with commas in a VARCHAR(200): ten names of at most 18 characters fit
                    @Nullable @Size(max = 10) List<@NotBlank @Size(max = 18) String> states,
                    @Nullable @PositiveOrZero @Max(604_800) Integer durationSeconds,
                    @NotNull Severity severity, @NotBlank @Size(max = 100) String article,
                    @NotBlank @Size(max = 500) String description, @Nullable Boolean enabled, @Nullable Boolean latching) {

        static RuleBody of(AlarmRule r) {
            return new RuleBody(r.id(), r.metric(), r.kind(), r.trigger(), r.rearm(), r.states(), r.durationSeconds(), r.severity(),
                    r.article(), r.description(), r.enabled(), r.latching());
        }

        /** {@code latchingByDefault}: when the body does not say (ANSI/ISA-18.2 latching: cleared alarms wait for a person). */
        AlarmRule toRule(String ruleId, boolean latchingByDefault) {
            return new AlarmRule(ruleId, metric, kind, trigger, rearm,
                    states == null ? List.of() : states.stream().map(s -> s.trim().toLowerCase()).toList(),
                    durationSeconds == null ? 0 : durationSeconds, severity, article, description, enabled == null || enabled,
                    latching == null ? latchingByDefault : latching);
        }
    }
}

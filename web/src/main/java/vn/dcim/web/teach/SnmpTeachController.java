package vn.dcim.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.snmp.draft.ProfileDraft;
import vn.dcim.web.security.SignedIn;

import java.util.List;
import java.util.Map;

/** Teaching an SNMP device from a walk (docs/profiles.md "Teaching a device"): administrator only. */
@Controller("/api/teach/snmp")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Taught profiles", description = "Teach the product an SNMP device no profile reads: from a walk to a profile file in DCIM_SNMP_PROFILES_DIR")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SnmpTeachController {
    private final SnmpTeachService teach;

    @Serdeable
    record WalkBody(@Nullable String walk, @Nullable String name) {
    }

    @Serdeable
    record NameBody(@Nullable String name) {
    }

    @Serdeable
    record Lesson(@Nullable String name, @Nullable String description, @Nullable List<SnmpTeachService.Choice> choices,
                  @Nullable Boolean overwrite) {
        List<SnmpTeachService.Choice> choicesOrNone() {
            return choices == null ? List.of() : choices;
        }
    }

    /** One object of the draft as offered: {@code index} is what a choice names. */
    @Serdeable
    record CandidateView(int index, String oid, boolean column, String mibName, String metric, String unit, double divisor,
                         double multiplier, String kind, Map<Long, String> states, boolean suggested, String why,
                         List<SampleView> samples) {
    }

    @Serdeable
    record SampleView(String instance, String raw, @Nullable Double value, @Nullable String text) {
    }

    @Serdeable
    record DraftView(String walkId, String origin, String name, String sysObjectId, String sysDescr, int alreadyRead,
                     List<String> readBy, int mibObjectsKnown, List<CandidateView> candidates, @Nullable String yaml,
                     List<SnmpTeachService.Preview> readings, @Nullable String file) {
    }

    @Post("/walks")
    @Operation(summary = "Draft a profile from a walk (snmprec lines or snmpwalk -On output); the walk is held for an hour under walkId",
            description = "422 naming the field: no walk, a walk over 8 MB or with no line of either format, a bad name.")
    DraftView open(HttpRequest<?> request, @Body WalkBody body) {
        return view(teach.open(body.walk(), body.name(), SignedIn.name(request)));
    }

    @Post("/devices/{deviceId}/walk")
    @Operation(summary = "Walk a monitored SNMP device now, with its stored settings, and draft a profile from what it answers",
            description = "404 when no SNMP device has that id; 409 when it does not answer.")
    DraftView walkDevice(HttpRequest<?> request, String deviceId, @Body NameBody body) {
        return view(teach.walkDevice(deviceId, body.name(), SignedIn.name(request)));
    }

    @Post("/walks/{walkId}/preview")
    @Operation(summary = "The profile the choices give and its readings on the walk's values; nothing is written")
    DraftView preview(String walkId, @Body Lesson lesson) {
        return view(teach.preview(walkId, lesson.name(), lesson.choicesOrNone()));
    }

    @Post("/walks/{walkId}/profile")
    @Operation(summary = "Save the choices as <name>.yaml and the walk as <name>.snmprec in DCIM_SNMP_PROFILES_DIR",
            description = "The file is read back as the poller reads it first (422 naming the problem); 409 when it exists and overwrite is "
                    + "not true, or the name is a shipped profile's. The poller reads it at its next start (./dcim profile list).")
    HttpResponse<DraftView> save(HttpRequest<?> request, String walkId, @Body Lesson lesson) {
        return HttpResponse.created(view(teach.save(walkId, lesson.name(), lesson.description(), lesson.choicesOrNone(),
                Boolean.TRUE.equals(lesson.overwrite()), SignedIn.name(request))));
    }

    static DraftView view(SnmpTeachService.Taught t) {
        ProfileDraft d = t.draft();
        List<CandidateView> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < d.candidates().size(); i++) {
            ProfileDraft.Candidate c = d.candidates().get(i);
            candidates.add(new CandidateView(i, c.oid(), c.column(), c.mibName(), c.metric(), c.unit(), c.divisor(), c.multiplier(),
                    c.kind().name(), c.states(), c.suggested(), c.why(),
                    c.samples().stream().map(s -> new SampleView(s.instance(), s.raw(), s.value(), s.text())).toList()));
        }
        return new DraftView(t.walkId(), t.origin(), d.name(), d.sysObjectId(), d.sysDescr(), d.alreadyRead(), d.readBy(),
                d.mibObjectsKnown(), candidates, t.yaml(), t.readings(), t.file());
    }
}

package vn.dcim.web.teach;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;

import java.util.List;
import java.util.Map;

/** Teaching a device without editing a file (docs/dialects.md "Teaching a device"): administrator only. */
@Controller("/api/teach")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Taught dialects", description = "Teach the product a device no dialect reads: from a captured message to a dialect file, loaded without a restart")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TeachController {
    private final Captures captures;
    private final TeachService teach;
    private final OwnDialects dialects;
    private final Texts texts;

    @Serdeable
    record CaptureView(Captures.Capture capture, List<MessageTree.Leaf> tree) {
    }

    @Serdeable
    record MetricView(String metric, String name, String unit) {
    }

    @Get("/captures")
    @Operation(summary = "Messages a device can be taught from: unbound sources of the discovery inbox and dead letters no dialect took")
    List<Captures.Capture> captures() {
        return captures.list();
    }

    @Get("/captures/{origin}/{id}")
    @Operation(summary = "One captured message with its tree of values (origin: source or dead-letter)")
    CaptureView capture(String origin, long id) {
        Captures.Capture c = captures.get(origin, id);
        return new CaptureView(c, c.truncated() ? List.of() : treeOf(c.topic(), c.payload()));
    }

    @Get("/metrics")
    @Operation(summary = "The metrics a value may be taught as, with their display names and units")
    List<MetricView> metrics(HttpRequest<?> request) {
        return MetricCatalogue.entries().stream()
                .map(e -> new MetricView(e.metric(), texts.metric(texts.locale(request), e.metric()), e.unit())).toList();
    }

    @Post("/preview")
    @Operation(summary = "The readings a lesson gives on its message, by the engine the bridge runs; nothing is written",
            description = "422 naming the field: a bad name, topic, payload (not JSON, over DCIM_DIALECT_MAX_PAYLOAD_BYTES), pick, metric, unit or scale.")
    TeachService.Taught preview(HttpRequest<?> request, @Body Lesson lesson) {
        return teach.preview(lesson, SignedIn.name(request));
    }

    @Post
    @Operation(summary = "Save a lesson as <name>.yaml and its vector <name>.jsonl in DCIM_DIALECTS_DIR, and load it without a restart",
            description = "Checked as ./dcim dialect check does and its vector run first (422 naming the problem); 409 when the file exists "
                    + "and overwrite is not true, or DCIM_DIALECTS_DIR is not set. With deviceId and siteId the taught source is bound to "
                    + "that device (created when missing).")
    HttpResponse<TeachService.Taught> save(HttpRequest<?> request, @Body Lesson lesson) {
        return HttpResponse.created(teach.save(lesson, SignedIn.name(request)));
    }

    @Get("/dialects")
    @Operation(summary = "The dialect files of DCIM_DIALECTS_DIR, each checked, and whether it is loaded",
            description = "problem: why the file as it is now cannot be used. previousInForce: the file broke after it was "
                    + "in use and the bridge still reads its last usable version (dialect and topics are that version's).")
    List<OwnDialects.OwnDialect> dialects() {
        return dialects.own();
    }

    @Get(value = "/dialects/{name}/export", produces = "application/zip")
    @Operation(summary = "A zip of <name>.yaml and its vector file, for another centre's DCIM_DIALECTS_DIR")
    HttpResponse<byte[]> export(String name) {
        return HttpResponse.ok(dialects.export(name)).contentType(MediaType.of("application/zip"))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".zip\"");
    }

    @Post("/reload")
    @Operation(summary = "Read DCIM_DIALECTS_DIR again and load it without a restart (a file copied there by hand)")
    Map<String, Object> reload(HttpRequest<?> request) {
        List<String> added = dialects.reload();
        return Map.of("dialects", dialects.own().stream().map(OwnDialects.OwnDialect::dialect).toList(), "newTopicFilters", added);
    }

    static List<MessageTree.Leaf> treeOf(String topic, String payload) {
        try {
            return MessageTree.of(TeachService.parse(topic, payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}

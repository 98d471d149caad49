package vn.dcim.web.teach;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.Refusal;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Site;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Dạy thiết bị": a captured message shown as a tree of values; the administrator ticks the values, each
 * with a metric (pre-selected from its name), unit and scale, sees the readings the engine gives, and
 * saves: the dialect file is written and loaded, and the device bound when one is named. A plain form:
 * preview and save are the same POST, told apart by the button pressed.
 */
@Hidden
@Controller("/ui/teach")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TeachScreen {
    private static final String PASTED = "pasted";

    private final Captures captures;
    private final TeachService teach;
    private final OwnDialects dialects;
    private final LocationRegistry locations;
    private final Texts texts;
    private final java.time.Clock clock;

    /** One row of the form: a leaf of the message, and what the form holds for it. */
    public record Row(int index, MessageTree.Leaf leaf, boolean picked, String metric, String unit, String scale, String instance) {
    }

    public record Metric(String metric, String name, String unit) {
    }

    /** The captured messages, the centre's own dialects, and what the last save or reload said. */
    @Introspected
    record ListPage(Navigation.Frame frame, boolean reloaded, List<Captures.Capture> captures, List<OwnDialects.OwnDialect> own,
                    @Nullable String taught, @Nullable String error) implements ScreenView {
    }

    /**
     * The lesson's form: the message as rows of values, the topic level that names the device, the lesson's name,
     * device and site, the metrics offered by name, and the preview's readings or the refusal's words.
     */
    @Introspected
    record FormPage(Navigation.Frame frame, Captures.Capture capture, List<Row> rows, List<String> levels, int level, String name,
                    String description, String deviceId, String siteId, List<Site> sites, List<Metric> metrics,
                    Map<String, String> metricNames, @Nullable TeachService.Taught preview, @Nullable String error)
            implements ScreenView {
    }

    @Get(value = "{?taught,error,reloaded}", produces = MediaType.TEXT_HTML)
    ModelAndView<ListPage> list(HttpRequest<?> request, @Nullable @QueryValue String taught, @Nullable @QueryValue String error,
                                @Nullable @QueryValue String reloaded) {
        return new ModelAndView<>("teach/list", new ListPage(Navigation.frame(request, "teach"), reloaded != null, captures.list(),
                dialects.own(), taught, error));
    }

    @Get(value = "/{origin}/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<FormPage> form(HttpRequest<?> request, @PathVariable String origin, @PathVariable long id) {
        return form(request, captures.get(origin, id));
    }

    private ModelAndView<FormPage> form(HttpRequest<?> request, Captures.Capture c) {
        List<MessageTree.Leaf> tree = c.truncated() ? List.of() : TeachController.treeOf(c.topic(), c.payload());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            MessageTree.Leaf l = tree.get(i);
            String metric = l.pickable() ? MetricGuess.of(l.path(), l.type()) : null;
            // the unit left empty: the chosen metric's own is written (a unit filled from the offered metric would
            // stay wrong when another metric is chosen)
            rows.add(new Row(i, l, false, metric == null ? "" : metric, "", "1", "0"));
        }
        String deviceId = c.sourceId() != null ? c.sourceId() : levels(c.topic()).get(c.sourceLevel());
        return page(request, c, rows, suggestedName(c), "", c.sourceLevel(), deviceId.replaceAll("[^A-Za-z0-9._-]+", "-"), "", null, null);
    }

    /** Reads DCIM_DIALECTS_DIR again (files copied there from another centre) and loads it without a restart. */
    @Post(value = "/reload", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reload(HttpRequest<?> request) {
        dialects.reload();
        return HttpResponse.seeOther(URI.create("/ui/teach?reloaded=1"));
    }

    @Post(value = "/{origin}/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object submit(HttpRequest<?> request, @PathVariable String origin, @PathVariable long id, @Body Map<String, String> form) {
        Captures.Capture c;
        try {
            c = PASTED.equals(origin) ? pasted(form) : captures.get(origin, id);
        } catch (vn.dcim.core.error.InvalidInputException e) {
            return HttpResponse.seeOther(URI.create("/ui/teach?error=" + URLEncoder.encode(texts.of(request, e), StandardCharsets.UTF_8)));
        }
        if (PASTED.equals(origin) && "open".equals(form.get("action"))) {
            return form(request, c);
        }
        List<MessageTree.Leaf> tree = c.truncated() ? List.of() : TeachController.treeOf(c.topic(), c.payload());
        List<Row> rows = new ArrayList<>();
        List<Lesson.Pick> picks = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            String metric = value(form, "metric." + i);
            String unit = value(form, "unit." + i);
            String scale = value(form, "scale." + i);
            String instance = value(form, "instance." + i);
            boolean picked = form.get("pick." + i) != null;
            rows.add(new Row(i, tree.get(i), picked, metric, unit, scale.isEmpty() ? "1" : scale, instance.isEmpty() ? "0" : instance));
            if (picked) {
                picks.add(new Lesson.Pick(tree.get(i).path(), metric, unit, scale(scale), instance));
            }
        }
        int level = number(value(form, "sourceLevel"));
        String deviceId = value(form, "deviceId");
        String siteId = value(form, "siteId");
        Lesson lesson = new Lesson(value(form, "name"), value(form, "description"), c.topic(), c.payload(), level, picks,
                form.get("overwrite") != null, deviceId.isEmpty() || siteId.isEmpty() ? null : deviceId, siteId.isEmpty() ? null : siteId);
        try {
            if ("save".equals(form.get("action"))) {
                TeachService.Taught t = teach.save(lesson, SignedIn.name(request));
                return HttpResponse.seeOther(URI.create("/ui/teach?taught=" + URLEncoder.encode(t.dialect(), StandardCharsets.UTF_8)));
            }
            TeachService.Taught t = teach.preview(lesson, SignedIn.name(request));
            return page(request, c, rows, lesson.name(), lesson.description(), level, deviceId, siteId, t, null);
        } catch (Refusal e) {
            return page(request, c, rows, lesson.name(), lesson.description(), level, deviceId, siteId, null, texts.of(request, e));
        }
    }

    private ModelAndView<FormPage> page(HttpRequest<?> request, Captures.Capture c, List<Row> rows, String name, String description,
                                        int level, String deviceId, String siteId, @Nullable TeachService.Taught preview,
                                        @Nullable String error) {
        Map<String, String> names = new LinkedHashMap<>();
        MetricCatalogue.entries().forEach(e -> names.put(e.metric(), texts.metric(texts.locale(request), e.metric())));
        return new ModelAndView<>("teach/form", new FormPage(Navigation.frame(request, "teach"), c, rows, levels(c.topic()), level,
                name, description == null ? "" : description, deviceId, siteId, locations.sites(),
                MetricCatalogue.entries().stream()
                        .map(e -> new Metric(e.metric(), texts.metric(texts.locale(request), e.metric()), e.unit())).toList(),
                names, preview, error));
    }

    /**
     * A message pasted by the administrator (a device on topics no dialect listens to, which the bridge
     * does not hear yet): its topic and text travel with the form, and are checked as any lesson's.
     */
    private Captures.Capture pasted(Map<String, String> form) {
        String topic = value(form, "topic");
        String payload = form.get("payload") == null ? "" : form.get("payload");
        if (topic.isEmpty()) {
            throw new vn.dcim.core.error.InvalidInputException("topic", "the topic the message came on").explained("teach.error.topic", 200);
        }
        return new Captures.Capture(PASTED, 0, null, null, clock.instant(), topic, payload, false, Captures.suggestedLevel(topic, null));
    }

    /** A name from the topic's first level and the device's: "acme-rack7"; the administrator may change it. */
    static String suggestedName(Captures.Capture c) {
        List<String> levels = levels(c.topic());
        String base = (levels.get(0) + (levels.size() > 1 && c.sourceLevel() != 0 && c.dialect() != null ? "-" + levels.get(c.sourceLevel()) : ""))
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
        String name = base.length() < 2 ? "taught-device" : base;
        return name.length() > 40 ? name.substring(0, 40).replaceAll("-+$", "") : name;
    }

    static List<String> levels(String topic) {
        return Arrays.asList(topic.split("/", -1));
    }

    private static String value(Map<String, String> form, String key) {
        String v = form.get(key);
        return v == null ? "" : v.trim();
    }

    private static Double scale(String s) {
        if (s.isEmpty()) {
            return 1d;
        }
        try {
            return Double.valueOf(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package vn.dcim.web.teach;

import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.web.ui.ScreenView;
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
import vn.dcim.snmp.draft.ProfileDraft;
import vn.dcim.snmp.draft.ProfileWriter;
import vn.dcim.snmp.poll.SnmpSettings;
import vn.dcim.snmp.profile.CentreProfiles;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Dạy thiết bị SNMP": a walk (pasted, loaded from a file, or read now from a monitored device) drafted into a
 * profile; each object of the device is a row with the values it answered, the metric, unit and scale the draft
 * guessed and a tick; Preview shows the readings those choices give on the walk's values and the file; Save
 * writes it to the profiles directory. A plain form: preview and save are one POST, told apart by the button.
 */
@Hidden
@Controller("/ui/teach-snmp")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SnmpTeachScreen {
    private final SnmpTeachService teach;
    private final SnmpSettings settings;
    private final Texts texts;

    /** One row of the form: a candidate and what the form holds for it. */
    public record Row(int index, ProfileDraft.Candidate candidate, boolean keep, String metric, String unit, String divisor,
                      String multiplier, String values) {
    }

    /**
     * Where teaching starts: the centre's own profiles and those refused on loading, the directories they are read
     * from, the SNMP devices a walk may be taken of, and what the last save said.
     */
    @Introspected
    record Start(Navigation.Frame frame, List<String> own, List<String> rejected, String profilesDir, String mibsDir,
                 List<MonitoredDevice> devices, @Nullable String taught, @Nullable String error) implements ScreenView {
    }

    /** The profile's form: the walk's candidates as rows, the lesson's name, and the preview's readings or the refusal's words. */
    @Introspected
    record Form(Navigation.Frame frame, SnmpTeachService.Taught taught, ProfileDraft draft, List<Row> rows, String name,
                String description, @Nullable String error, boolean previewed) implements ScreenView {
    }

    @Get(value = "{?taught,error}", produces = MediaType.TEXT_HTML)
    ModelAndView<Start> start(HttpRequest<?> request, @Nullable @QueryValue String taught, @Nullable @QueryValue String error) {
        String dir = settings.getProfilesDir();
        CentreProfiles own = CentreProfiles.load(dir == null || dir.isBlank() ? null : Path.of(dir));
        return new ModelAndView<>("teach/snmp-start", new Start(Navigation.frame(request, "teach"), own.own(), own.rejected(),
                dir == null ? "" : dir, settings.getMibsDir() == null ? "" : settings.getMibsDir(), teach.snmpDevices(), taught, error));
    }

    @Post(value = "/open", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object open(HttpRequest<?> request, @Body Map<String, String> form) {
        try {
            String device = value(form, "deviceId");
            SnmpTeachService.Taught t = "device".equals(form.get("action"))
                    ? teach.walkDevice(device, value(form, "name"), SignedIn.name(request))
                    : teach.open(form.get("walk"), value(form, "name"), SignedIn.name(request));
            return page(request, t, rows(t.draft(), null), value(form, "name"), "", null, false);
        } catch (Refusal e) {
            return HttpResponse.seeOther(URI.create("/ui/teach-snmp?error=" + URLEncoder.encode(texts.of(request, e), StandardCharsets.UTF_8)));
        }
    }

    @Post(value = "/{walkId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Object submit(HttpRequest<?> request, @PathVariable String walkId, @Body Map<String, String> form) {
        String name = value(form, "name");
        String description = value(form, "description");
        List<SnmpTeachService.Choice> choices = new ArrayList<>();
        SnmpTeachService.Taught drafted;
        try {
            drafted = teach.preview(walkId, name, List.of());
        } catch (Refusal e) {
            return HttpResponse.seeOther(URI.create("/ui/teach-snmp?error=" + URLEncoder.encode(texts.of(request, e), StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < drafted.draft().candidates().size(); i++) {
            choices.add(new SnmpTeachService.Choice(i, form.get("keep." + i) != null, value(form, "metric." + i), value(form, "unit." + i),
                    number(value(form, "divisor." + i)), number(value(form, "multiplier." + i))));
        }
        List<Row> rows = rows(drafted.draft(), form);
        try {
            if ("save".equals(form.get("action"))) {
                SnmpTeachService.Taught t = teach.save(walkId, name, description, choices, form.get("overwrite") != null, SignedIn.name(request));
                return HttpResponse.seeOther(URI.create("/ui/teach-snmp?taught=" + URLEncoder.encode(t.draft().name(), StandardCharsets.UTF_8)));
            }
            return page(request, teach.preview(walkId, name, choices), rows, name, description, null, true);
        } catch (Refusal e) {
            return page(request, drafted, rows, name, description, texts.of(request, e), false);
        }
    }

    private ModelAndView<Form> page(HttpRequest<?> request, SnmpTeachService.Taught t, List<Row> rows, String name,
                                    String description, @Nullable String error, boolean previewed) {
        return new ModelAndView<>("teach/snmp-form", new Form(Navigation.frame(request, "teach"), t, t.draft(), rows, name, description,
                error, previewed && error == null));
    }

    /** The rows as drafted, or as the form last held them. */
    private static List<Row> rows(ProfileDraft draft, @Nullable Map<String, String> form) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < draft.candidates().size(); i++) {
            ProfileDraft.Candidate c = draft.candidates().get(i);
            String values = String.join(" · ", c.samples().stream().map(s -> "[" + s.instance() + "] " + (s.text() != null ? s.text() + " (" + s.raw() + ")"
                    : s.value() != null ? ProfileWriter.shown(s.value()) + (c.unit().isBlank() ? "" : " " + c.unit()) + " (" + s.raw() + ")" : s.raw())).toList());
            if (form == null) {
                out.add(new Row(i, c, c.suggested(), c.metric(), c.unit(), number(c.divisor()), number(c.multiplier()), values));
            } else {
                out.add(new Row(i, c, form.get("keep." + i) != null, or(form, "metric." + i, c.metric()), or(form, "unit." + i, c.unit()),
                        or(form, "divisor." + i, number(c.divisor())), or(form, "multiplier." + i, number(c.multiplier())), values));
            }
        }
        return out;
    }

    private static String or(Map<String, String> form, String key, String otherwise) {
        String v = form.get(key);
        return v == null ? otherwise : v.trim();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String value(Map<String, String> form, String key) {
        String v = form.get(key);
        return v == null ? "" : v.trim();
    }

    private static @Nullable Double number(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

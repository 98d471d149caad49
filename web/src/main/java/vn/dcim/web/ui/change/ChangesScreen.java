package vn.dcim.web.ui.change;

import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedRecords;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Role;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.change.Bypasses;
import vn.dcim.core.change.ChangeKind;
import vn.dcim.core.change.ChangeRequest;
import vn.dcim.core.change.ChangeThread;
import vn.dcim.core.change.ChangeWork;
import vn.dcim.core.change.Changes;
import vn.dcim.core.change.NewChange;
import vn.dcim.core.document.Documents;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.Refusal;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;
import vn.dcim.web.api.change.ChangeViews;
import vn.dcim.web.api.maintenance.Workers;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Change requests on screen: the list and the request form (asset manager, staff), one change with its decision
 * (supervisor), its checklist the crew confirms by scanning on the phone, its sign-off, and its thread (auditor).
 * A refusal comes back as the service said it, in the reader's language.
 */
@Hidden
@Controller("/ui/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangesScreen {
    private static final int LINK_ROWS = 4;

    private final Changes changes;
    private final ChangeWork work;
    private final ChangeThread thread;
    private final ChangeViews views;
    private final Bypasses bypasses;
    private final Agencies agencies;
    private final AssetRegistry registry;
    private final LocationRegistry locations;
    private final Cabling cabling;
    private final Documents documents;
    private final Workers workers;
    private final Texts texts;
    private final vn.dcim.core.change.Placement placement;
    private final ScopedRecords scopedRecords;
    private final ScopedEquipment scoped;
    private final vn.dcim.core.agency.AgencyEquipment owners;

    @HtmlScreen
    @View("changes/list")
    @Get
    @ScopeAware
    public Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue String told, Scope scope) {
        Map<String, Object> model = Navigation.page(request, "changes");
        // an agency follows its own requests, staff limited to sites those of their sites: cut in SQL
        model.put("changes", changes.find(null, null, null, null, scopedRecords.changes(scope), 200, 0).items().stream()
                .map(views::brief).toList());
        List<Rack> racks = new ArrayList<>(locations.racks().stream().filter(r -> scoped.rack(scope, r)).toList());
        racks.sort(Comparator.comparing(Rack::name));
        model.put("racks", racks);
        model.put("agencies", scope.byAgency() ? agencies.find(scope.agencyId()).stream().toList() : agencies.list(false, 500, 0));
        model.put("ownAgency", scope.agencyId());
        model.put("kinds", ChangeKind.values());
        model.put("linkRows", java.util.stream.IntStream.range(0, LINK_ROWS).boxed().toList());
        model.put("canRequest", writer(request));
        boolean supervisor = SignedIn.has(request, Role.supervisor.name());
        // the flags are the whole register's moves: for the centre's supervisors and auditors, not a limited account
        model.put("flags", !scope.limited() && (supervisor || SignedIn.has(request, Role.auditor.name()))
                ? bypasses.list(false, 50, 0).items() : List.of());
        model.put("canClearFlags", supervisor);
        model.put("told", told);
        return model;
    }

    @HtmlScreen
    @View("changes/one")
    @Get("/{id}")
    @ScopeAware(id = ScopeAware.Id.change)
    public Map<String, Object> one(@PathVariable long id, HttpRequest<?> request, @Nullable @QueryValue String told, Scope scope) {
        Map<String, Object> model = Navigation.page(request, "changes");
        ChangeRequest c = changes.get(id);
        model.put("c", views.of(c, request));
        model.put("thread", thread.of(id));
        // an agency's people ask and follow; deciding and doing are the centre's
        boolean supervisor = SignedIn.has(request, Role.supervisor.name()) && !scope.byAgency();
        String me = SignedIn.name(request);
        model.put("canSubmit", c.status().name().equals("draft") && c.involves(me));
        model.put("canDecide", c.status().name().equals("submitted") && supervisor);
        boolean scheduled = c.status().name().equals("scheduled");
        model.put("canWork", scheduled && !scope.byAgency() && (supervisor || SignedIn.has(request, Role.maintenance.name())));
        model.put("canSignOff", c.status().name().equals("scheduled") && supervisor);
        model.put("canCancel", c.status().open() && (supervisor || c.involves(me)));
        model.put("told", told);
        boolean proposing = c.kind().places() && (c.status().name().equals("draft") || c.status().name().equals("submitted"));
        model.put("placement", proposing ? placement.propose(new vn.dcim.core.change.PlacementNeed(c.height(), c.powerW(), null,
                c.networkPorts(), c.weightKg(), null, null), scope.limited() ? 100 : 5).stream()
                .filter(o -> scoped.rack(scope, o.rackId())).limit(5).map(o -> Map.of("option", o, "why",
                o.reasons().stream().map(p -> texts.get(request, p.key(), p.english(), p.args().toArray())).toList())).toList()
                : List.of());
        return model;
    }

    /** The request form: kind, title, the equipment's label, target rack and U, needs, who asks, up to four links. */
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ScopeAware
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request, Scope scope) {
        return act(request, "/ui/changes", () -> {
            // equipment outside the scope is told as unknown, the same words as a label nobody has
            Asset asset = registry.byLabel(form.get("asset")).filter(a -> scoped.asset(scope, a)).orElseThrow(() -> new InvalidInputException("assetId",
                    "no equipment labelled " + form.get("asset")).explained("error.change.asset-unknown", String.valueOf(form.get("asset"))));
            List<NewChange.Link> links = new ArrayList<>();
            for (int i = 0; i < LINK_ROWS; i++) {
                String port = form.get("port" + i);
                String far = form.get("far" + i);
                if (port == null || port.isBlank() || far == null || far.isBlank()) {
                    continue;
                }
                links.add(new NewChange.Link(port.strip(), form.getOrDefault("kind" + i, "interface"), farPort(far, scope)));
            }
            ChangeKind kind;
            try {
                kind = ChangeKind.valueOf(form.getOrDefault("kind", ""));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "not a kind").explained("error.change.kind");
            }
            ChangeRequest made = changes.draft(scopedRecords.draft(scope, new NewChange(kind, form.get("title"), number(form.get("agency")), asset.id(),
                    form.get("equipment"), number(form.get("toRack")), integer(form.get("toU")), integer(form.get("heightU")),
                    integer(form.get("powerW")), null, integer(form.get("networkPorts")), null, null, null, form.get("reason"),
                    form.get("requestedBy"), links)), SignedIn.name(request));
            return "/ui/changes/" + made.id();
        });
    }

    /** The letter, sent by the page's script as multipart (the CSRF header rides on it), stored and attached to the draft. */
    @Post(value = "/{id}/letter", consumes = MediaType.MULTIPART_FORM_DATA)
    @ScopeAware(id = ScopeAware.Id.change)
    public HttpResponse<?> letter(@PathVariable long id, CompletedFileUpload file, HttpRequest<?> request, Scope scope) {
        return act(request, "/ui/changes/" + id, () -> {
            if (file.getSize() > documents.maxBytes()) {
                throw new InvalidInputException("file", "too large").explained("error.change.letter-large", documents.maxBytes());
            }
            byte[] bytes;
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String type = file.getContentType().map(MediaType::toString).orElse("");
            long doc = documents.store(file.getFilename(), type, bytes, SignedIn.name(request)).id();
            if (scope.byAgency()) {
                // the agency's own letter: it reads it back among its documents
                owners.assign(scope.agencyId(), vn.dcim.core.agency.EquipmentKind.document, String.valueOf(doc), SignedIn.name(request));
            }
            changes.attachLetter(id, doc, SignedIn.name(request));
            return "/ui/changes/" + id;
        });
    }

    @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ScopeAware(id = ScopeAware.Id.change)
    public HttpResponse<?> act(@PathVariable long id, @PathVariable String action, @Body Map<String, String> form,
                               HttpRequest<?> request, Scope scope) {
        String back = "/ui/changes/" + id;
        if (scope.byAgency() && !action.equals("submit") && !action.equals("cancel")) {
            throw new vn.dcim.core.error.NotFoundException("change step", action); // an agency asks; the centre decides
        }
        return act(request, back, () -> {
            switch (action) {
                case "submit" -> changes.submit(id, SignedIn.name(request));
                case "approve" -> changes.approve(id, form.get("note"), form.get("departmentRef"), form.get("crew"), workers.of(request));
                case "refuse" -> changes.refuse(id, form.get("note"), workers.of(request));
                case "cancel" -> changes.cancel(id, form.get("note"), workers.of(request));
                case "sign-off" -> work.signOff(id, workers.of(request));
                default -> throw new InvalidInputException("action", "no such action").explained("error.change.action");
            }
            return back;
        });
    }

    @Post(value = "/flags/{flag}/seen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> seen(@PathVariable long flag, @Body Map<String, String> form, HttpRequest<?> request) {
        return act(request, "/ui/changes", () -> {
            bypasses.seen(flag, workers.of(request));
            return "/ui/changes";
        });
    }

    /** Runs a step and goes to where it leads, or back with what the refusal said in the reader's language. */
    private HttpResponse<?> act(HttpRequest<?> request, String back, Supplier<String> step) {
        try {
            return HttpResponse.seeOther(URI.create(step.get()));
        } catch (Refusal refused) {
            return HttpResponse.seeOther(URI.create(back + "?told=" + URLEncoder.encode(texts.of(request, refused), StandardCharsets.UTF_8)));
        }
    }

    /** A far port as the form names it: "LABEL / port", the label code of its equipment and the port's name. */
    private long farPort(String text, Scope scope) {
        String[] parts = text.split("/", 2);
        Asset far = parts.length == 2 ? registry.byLabel(parts[0].strip()).filter(a -> scoped.asset(scope, a)).orElse(null) : null;
        Port port = far == null ? null : cabling.portOf(far.id(), parts[1].strip()).orElse(null);
        if (port == null) {
            throw new InvalidInputException("links", "no port " + text).explained("error.change.far-port", text);
        }
        return port.id();
    }

    private static boolean writer(HttpRequest<?> request) {
        return SignedIn.has(request, Role.asset_manager.name()) || SignedIn.has(request, Role.supervisor.name())
                || SignedIn.has(request, Role.maintenance.name());
    }

    private static @Nullable Long number(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("form", "not a number: " + s).explained("error.change.number", s);
        }
    }

    private static @Nullable Integer integer(@Nullable String s) {
        Long n = number(s);
        if (n != null && (n < 0 || n > 1_000_000)) {
            throw new InvalidInputException("form", "out of range: " + s).explained("error.change.number", s);
        }
        return n == null ? null : n.intValue();
    }
}

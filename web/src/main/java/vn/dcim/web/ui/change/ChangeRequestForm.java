package vn.dcim.web.ui.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.change.ChangeKind;
import vn.dcim.core.change.ChangeRequest;
import vn.dcim.core.change.Changes;
import vn.dcim.core.change.NewChange;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedRecords;
import vn.dcim.web.security.SignedIn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The request form: kind, title, the equipment's label, target rack and U, needs, who asks, up to four links. */
@Hidden
@Controller("/ui/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeRequestForm {
    /** How many link rows (port, far port, kind) the form offers. */
    static final int LINK_ROWS = 4;

    private final Changes changes;
    private final AssetRegistry registry;
    private final Cabling cabling;
    private final ScopedRecords scopedRecords;
    private final ScopedEquipment scoped;
    private final ChangeAnswers answers;

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ScopeAware
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request, Scope scope) {
        return answers.after(request, "/ui/changes", () -> {
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

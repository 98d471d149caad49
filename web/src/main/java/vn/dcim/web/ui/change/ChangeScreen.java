package vn.dcim.web.ui.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Role;
import vn.dcim.core.change.ChangeRequest;
import vn.dcim.core.change.ChangeThread;
import vn.dcim.core.change.Changes;
import vn.dcim.core.change.Placement;
import vn.dcim.core.change.PlacementNeed;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.api.change.ChangeViews;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.List;

/**
 * One change with its decision (supervisor), its checklist the crew confirms by scanning on the phone, its sign-off,
 * and its thread (auditor); while it is proposed, the racks it could go to and why.
 */
@Hidden
@Controller("/ui/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeScreen {
    private final Changes changes;
    private final ChangeViews views;
    private final ChangeThread thread;
    private final Placement placement;
    private final Texts texts;
    private final ScopedEquipment scoped;

    @HtmlScreen
    @View("changes/one")
    @Get("/{id}")
    @ScopeAware(id = ScopeAware.Id.change)
    public ChangeScreenViews.ChangePage one(@PathVariable long id, HttpRequest<?> request, @Nullable @QueryValue String told,
                                            Scope scope) {
        ChangeRequest c = changes.get(id);
        // an agency's people ask and follow; deciding and doing are the centre's
        boolean supervisor = SignedIn.has(request, Role.supervisor.name()) && !scope.byAgency();
        String me = SignedIn.name(request);
        String status = c.status().name();
        boolean scheduled = status.equals("scheduled");
        return new ChangeScreenViews.ChangePage(Navigation.frame(request, "changes"), views.of(c, request), thread.of(id),
                status.equals("draft") && c.involves(me),
                status.equals("submitted") && supervisor,
                scheduled && !scope.byAgency() && (supervisor || SignedIn.has(request, Role.maintenance.name())),
                scheduled && supervisor,
                c.status().open() && (supervisor || c.involves(me)),
                told, placement(c, request, scope));
    }

    /** Where a change that places equipment could go, while it is proposed (draft or submitted): the best five racks. */
    private List<ChangeScreenViews.PlacementChoice> placement(ChangeRequest c, HttpRequest<?> request, Scope scope) {
        String status = c.status().name();
        if (!c.kind().places() || !(status.equals("draft") || status.equals("submitted"))) {
            return List.of();
        }
        return placement.propose(new PlacementNeed(c.height(), c.powerW(), null, c.networkPorts(), c.weightKg(), null, null),
                        scope.limited() ? 100 : 5).stream()
                .filter(o -> scoped.rack(scope, o.rackId())).limit(5)
                .map(o -> new ChangeScreenViews.PlacementChoice(o,
                        o.reasons().stream().map(p -> texts.get(request, p.key(), p.english(), p.args().toArray())).toList()))
                .toList();
    }
}

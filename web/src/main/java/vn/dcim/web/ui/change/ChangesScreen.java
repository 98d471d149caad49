package vn.dcim.web.ui.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Role;
import vn.dcim.core.change.Bypasses;
import vn.dcim.core.change.ChangeKind;
import vn.dcim.core.change.Changes;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.api.change.ChangeViews;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedRecords;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Change requests on screen: the list and the request form (asset manager, staff) and the bypass flags. One change
 * is {@link ChangeScreen}; the forms post to {@link ChangeRequestForm}, {@link ChangeLetterForm} and
 * {@link ChangeStepForms}, and a refusal comes back as the service said it, in the reader's language.
 */
@Hidden
@Controller("/ui/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangesScreen {
    private final Changes changes;
    private final ChangeViews views;
    private final Bypasses bypasses;
    private final ScopedRecords scopedRecords;
    private final ChangeChoices choices;

    @HtmlScreen
    @View("changes/list")
    @Get
    @ScopeAware
    public ChangeScreenViews.ChangeList list(HttpRequest<?> request, @Nullable @QueryValue String told, Scope scope) {
        boolean supervisor = SignedIn.has(request, Role.supervisor.name());
        return new ChangeScreenViews.ChangeList(Navigation.frame(request, "changes"),
                // an agency follows its own requests, staff limited to sites those of their sites: cut in SQL
                changes.find(null, null, null, null, scopedRecords.changes(scope), 200, 0).items().stream()
                        .map(views::brief).toList(),
                choices.racks(scope), choices.agencies(scope), scope.agencyId(), ChangeKind.values(),
                IntStream.range(0, ChangeRequestForm.LINK_ROWS).boxed().toList(), writer(request),
                // the flags are the whole register's moves: for the centre's supervisors and auditors, not a limited account
                !scope.limited() && (supervisor || SignedIn.has(request, Role.auditor.name()))
                        ? bypasses.list(false, 50, 0).items() : List.of(),
                supervisor, told);
    }

    private static boolean writer(HttpRequest<?> request) {
        return SignedIn.has(request, Role.asset_manager.name()) || SignedIn.has(request, Role.supervisor.name())
                || SignedIn.has(request, Role.maintenance.name());
    }
}

package vn.dcim.web.ui.auth;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.i18n.ScreenModelAddition;
import vn.dcim.web.scope.RequestScope;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every screen shows who is signed in and only the navigation the role may open (Art. 16.1): the
 * menu is the access table read for this person, not a list of its own; an account limited to sites or an agency is
 * offered only the screens its scope reaches (the others answer it 404).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScreenModel implements ScreenModelAddition {
    private final AccessRules rules;
    private final RequestScope scopes;
    private final ReachableScreens reachable;

    @Override
    public void add(HttpRequest<?> request, Map<String, Object> model) {
        SignedIn.of(request).ifPresent(a -> {
            model.put("me", a.getName());
            Set<String> rights = Set.copyOf(a.getRoles());
            model.put("rights", rights);
            if (model.containsKey("nav")) {
                // the scope's gate has read it for this request already: no query here, on the rendering thread
                Scope scope = scopes.of(request);
                List<Navigation.Item> visible = Navigation.items().stream()
                        .filter(i -> rules.screen(i.href()).map(g -> g.allows(rights, false)).orElse(false))
                        .filter(i -> reachable.reaches(scope, i.href()))
                        .toList();
                model.put("nav", visible);
            }
        });
    }
}

package vn.dcim.web.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.DefaultViewsModelDecorator;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Lays a typed screen model ({@link ScreenView}) out as the template's variables before the page's common keys are
 * added. Micronaut Views picks the model processors by the model's class: a record would be passed over by the
 * processors of every page (who is signed in, the menu for the role, the CSRF token, the reader's formatter), which
 * are written for a map. Laid out first, a record's page gets them as a map's page does.
 */
@Singleton
@Replaces(DefaultViewsModelDecorator.class)
class ScreenModelDecorator extends DefaultViewsModelDecorator {

    ScreenModelDecorator(ApplicationContext context) {
        super(context);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void decorate(HttpRequest<?> request, ModelAndView<?> view) {
        // a page's model, or a part re-read alone (a list's rows, a banner): laid out the same way
        view.getModel().filter(m -> m instanceof ScreenView || m instanceof ScreenView.Part)
                .ifPresent(screen -> ((ModelAndView) view).setModel(variablesOf(screen)));
        super.decorate(request, view);
    }

    /** The record's components by name, a {@link ScreenView.Part}'s (the frame's) laid out beside them. */
    static Map<String, Object> variablesOf(Object screen) {
        Map<String, Object> variables = new HashMap<>();
        for (BeanProperty<Object, Object> property : introspectionOf(screen).getBeanProperties()) {
            Object value = property.get(screen);
            if (value instanceof ScreenView.Part part) {
                variables.putAll(variablesOf(part));
            } else {
                variables.put(property.getName(), value);
            }
        }
        return variables;
    }

    /** A record left without {@code @Introspected} fails here, by name, rather than render a page of empty fields. */
    @SuppressWarnings("unchecked")
    private static BeanIntrospection<Object> introspectionOf(Object screen) {
        return BeanIntrospection.getIntrospection((Class<Object>) screen.getClass());
    }
}

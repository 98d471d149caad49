package vn.dcim.web.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;

import java.util.HashMap;
import java.util.Map;

/**
 * What every screen's model gets besides what its controller put there. Screens often hand an immutable
 * {@code Map.of}: the addition works on a copy, which then becomes the model.
 */
public interface ScreenModelAddition extends ViewModelProcessor<Map<String, Object>> {
    void add(HttpRequest<?> request, Map<String, Object> model);

    @Override
    default void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> view) {
        Map<String, Object> model = new HashMap<>(view.getModel().orElseGet(Map::of));
        add(request, model);
        view.setModel(model);
    }
}

package vn.dcim.web.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Hands every screen the one formatter of times, numbers and enum values for its reader ({@link Shown}). */
@Singleton
class ShownModel implements ViewModelProcessor<Map<String, Object>> {
    private final Texts texts;
    private final Clock clock;

    ShownModel(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> view) {
        Map<String, Object> model = new HashMap<>(view.getModel().orElseGet(Map::of));
        model.put("shown", of(request));
        view.setModel(model);
    }

    public Shown of(HttpRequest<?> request) {
        return new Shown(texts, texts.locale(request), clock.getZone());
    }
}

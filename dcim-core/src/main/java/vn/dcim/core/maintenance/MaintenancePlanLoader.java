package vn.dcim.core.maintenance;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.dcim.core.asset.AssetKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Loads the default plans shipped in maintenance/plans.yaml; a plan already present is left as edited. */
@Singleton
// not in a remote collector: it has no database
@io.micronaut.context.annotation.Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MaintenancePlanLoader implements ApplicationEventListener<StartupEvent> {
    private final MaintenancePlanRepository plans;

    @Override
    public void onApplicationEvent(StartupEvent event) {
        loadDefaults();
    }

    public int loadDefaults() {
        try (InputStream in = MaintenancePlanLoader.class.getResourceAsStream("/maintenance/plans.yaml")) {
            List<?> items = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            int added = 0;
            for (Object item : items) {
                Map<?, ?> m = (Map<?, ?>) item;
                String code = String.valueOf(m.get("code"));
                if (!plans.existsByCode(code)) {
                    plans.save(new MaintenancePlan(null, code, String.valueOf(m.get("name")),
                            m.containsKey("asset_kind") ? AssetKind.valueOf(String.valueOf(m.get("asset_kind"))) : null, null,
                            ((Number) m.get("every_months")).intValue(), ((Number) m.get("lead_days")).intValue(),
                            String.join("\n", ((List<?>) m.get("checklist")).stream().map(String::valueOf).toList()),
                            String.valueOf(m.get("article")),
                            m.get("every_run_hours") instanceof Number h ? h.intValue() : null));
                    added++;
                }
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.dcim.mqtt.dialect;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bridge's dialects: the shipped ones, then the user's (a broken file refused with its line and reason, the rest loaded). */
@Factory
class DialectEngineFactory {
    private static final Logger LOG = LoggerFactory.getLogger(DialectEngineFactory.class);

    @Singleton
    DialectEngine dialectEngine(DialectSettings settings, java.time.Clock clock) {
        List<Dialect> dialects = new ArrayList<>(DialectLoader.shipped());
        if (settings.getDir() != null && !settings.getDir().isBlank()) {
            List<Dialect> own = DialectLoader.directory(Path.of(settings.getDir()),
                    e -> LOG.error("Dialect file refused: {}", e.getMessage()));
            for (Dialect d : own) {
                if (dialects.stream().anyMatch(x -> x.name().equals(d.name()))) {
                    LOG.error("Dialect file refused: {}: dialect '{}' is defined already", d.file(), d.name());
                } else {
                    dialects.add(d);
                }
            }
        }
        LOG.info("MQTT dialects: {}", dialects.stream().map(Dialect::name).toList());
        return new DialectEngine(dialects, settings.limits(), clock.getZone());
    }
}

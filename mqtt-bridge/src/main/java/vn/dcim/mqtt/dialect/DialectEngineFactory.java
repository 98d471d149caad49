package vn.dcim.mqtt.dialect;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** The bridge's dialects: the shipped ones, then the user's (a broken file refused with its line and reason, the rest loaded). */
@Factory
class DialectEngineFactory {
    private static final Logger LOG = LoggerFactory.getLogger(DialectEngineFactory.class);

    @Singleton
    DialectEngine dialectEngine(DialectSettings settings, OwnDialectFiles own, java.time.Clock clock) {
        List<Dialect> dialects = DialectLoader.ordered(DialectLoader.shipped(), own.read(), e -> LOG.error("Dialect file refused: {}", e.getMessage()));
        LOG.info("MQTT dialects: {}", dialects.stream().map(Dialect::name).toList());
        return new DialectEngine(dialects, settings.limits(), clock.getZone());
    }
}

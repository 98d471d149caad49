package vn.dcim.mqtt.dialect;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the running engine's dialects those of DCIM_DIALECTS_DIR without a restart: looked at every
 * {@code dcim.mqtt.dialects.rescan-ms}, a file added, changed or removed (taught on another instance that shares the
 * directory, copied in by hand) is read and handed to the engine, which subscribes to its new topics; when a dialect
 * is taught here, {@link #reload()} makes it live at once.
 */
@Singleton
public class DialectDirectory implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DialectDirectory.class);

    private final DialectEngine engine;
    private final OwnDialectFiles files;
    private final DialectSettings settings;
    private final ScheduledExecutorService looker = NamedThreads.scheduled("dialect-directory");

    DialectDirectory(DialectEngine engine, OwnDialectFiles files, DialectSettings settings) {
        this.engine = engine;
        this.files = files;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        long every = settings.getRescanMs();
        if (every > 0 && settings.getDir() != null && !settings.getDir().isBlank()) {
            looker.scheduleWithFixedDelay(this::lookSafely, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Reads the directory now and gives the engine the set; the topic filters newly subscribed to. */
    public synchronized List<String> reload() {
        List<Dialect> all = DialectLoader.ordered(DialectLoader.shipped(), files.read(), e -> LOG.error("Dialect file refused: {}", e.getMessage()));
        List<String> added = engine.replace(all);
        LOG.info("MQTT dialects read again: {} (new topic filters {})", all.stream().map(Dialect::name).toList(), added);
        return added;
    }

    /** Reads the directory again when a file was added, changed or removed since the last read. */
    public synchronized boolean look() {
        if (!files.changed()) {
            return false;
        }
        reload();
        return true;
    }

    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException e) {
            LOG.warn("Looking at the dialect directory failed: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        looker.shutdownNow();
    }
}

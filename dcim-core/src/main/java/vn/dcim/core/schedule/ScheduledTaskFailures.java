package vn.dcim.core.schedule;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.DefaultTaskExceptionHandler;
import io.micronaut.scheduling.TaskExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed {@code @Scheduled} task says. A stop asked for moments after a start (systemd's restart, an
 * operator's second thought) can close the context while Micronaut still creates the scheduled tasks of a bean:
 * its dependencies are gone, the task is not created, and that is the stop working, not an error of the product.
 * Then a warning; any other failure stays an error, as Micronaut's own handler writes it.
 */
@Singleton
@Replaces(DefaultTaskExceptionHandler.class)
public class ScheduledTaskFailures implements TaskExceptionHandler<Object, Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledTaskFailures.class);
    private volatile boolean stopping;

    @EventListener
    void onShutdown(ShutdownEvent event) {
        stopping = true;
    }

    @Override
    public void handle(@Nullable Object bean, Throwable failure) {
        String of = bean == null ? "a bean" : bean.getClass().getSimpleName();
        if (stopping) {
            LOG.warn("Scheduled task of {} not run: the product is stopping ({})", of, failure.toString().lines().findFirst().orElse(""));
            return;
        }
        LOG.error("Scheduled task of {} failed: {}", of, failure.getMessage(), failure);
    }
}

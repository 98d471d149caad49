package vn.dcim.core.devicelog;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;

/**
 * A receiver of what devices send unasked (traps, syslog): its port opens once the application has started, so
 * that everything it hands messages to is ready; a spec or a command may open it earlier, and the start-up is then
 * no second opening.
 */
public interface OpensAtStartup extends ApplicationEventListener<StartupEvent> {

    /** Opens the port and starts receiving; once open, a further call does nothing. */
    void start();

    @Override
    default void onApplicationEvent(StartupEvent event) {
        start();
    }
}

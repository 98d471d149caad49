package vn.dcim.core.schedule

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import io.micronaut.context.event.ShutdownEvent
import org.slf4j.LoggerFactory
import spock.lang.Specification

/** A scheduled task that fails while the product stops is the stop working (a warning); otherwise it is an error. */
class ScheduledTaskFailuresSpec extends Specification {
    Logger logger = (Logger) LoggerFactory.getLogger(ScheduledTaskFailures)
    ListAppender<ILoggingEvent> written = new ListAppender<>()

    def setup() {
        written.start()
        logger.addAppender(written)
    }

    def cleanup() {
        logger.detachAppender(written)
    }

    def "a failure #when is written as #level"() {
        given:
        def failures = new ScheduledTaskFailures()
        if (stopping) {
            failures.onShutdown(new ShutdownEvent(Mock(io.micronaut.context.BeanContext)))
        }

        when:
        failures.handle(bean, new IllegalStateException('BeanContext already closed\n\tat somewhere'))

        then:
        written.list.size() == 1
        written.list[0].level == level
        written.list[0].formattedMessage.contains(names)
        (written.list[0].throwableProxy != null) == withTrace

        where:
        when                       | stopping | bean         | level       | names                                   | withTrace
        'while the product runs'   | false    | 'a duty'     | Level.ERROR | 'String failed: BeanContext already'    | true
        'while the product stops'  | true     | 'a duty'     | Level.WARN  | 'the product is stopping (java.lang.IllegalStateException: BeanContext already closed)' | false
        'of no bean while running' | false    | null         | Level.ERROR | 'of a bean failed'                      | true
    }
}

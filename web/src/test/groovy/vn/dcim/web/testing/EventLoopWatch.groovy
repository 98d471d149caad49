package vn.dcim.web.testing

import com.zaxxer.hikari.metrics.IMetricsTracker
import groovy.transform.CompileDynamic
import groovy.transform.CompileStatic
import com.zaxxer.hikari.metrics.MetricsTrackerFactory
import com.zaxxer.hikari.metrics.PoolStats
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration
import io.micronaut.context.annotation.Requires
import io.micronaut.context.event.BeanCreatedEvent
import io.micronaut.context.event.BeanCreatedEventListener
import io.micronaut.http.annotation.Controller
import io.micronaut.http.context.ServerRequestContext
import jakarta.inject.Singleton

import java.util.concurrent.ConcurrentLinkedQueue

/**
 * Specs only: every JDBC connection taken on one of Netty's event-loop threads, with the request
 * and the handler (the first frame of a {@code @Controller} class) it was taken for. The pool tells
 * the tracker on the thread that asks for the connection, so the thread is the handler's own.
 * A blocking call there stalls every other connection the loop serves.
 *
 * Compiled statically: the pool calls the tracker at every connection of every web spec's context, and in
 * Groovy's dynamic dispatch that look at the thread's name was ~3 % of the web specs' CPU.
 */
@CompileStatic
@Singleton
@Requires(env = 'test')
class EventLoopWatch implements BeanCreatedEventListener<DatasourceConfiguration> {
    /** Netty's loop threads (nio, epoll, io_uring): "default-nioEventLoopGroup-1-3" and the like. */
    static boolean isEventLoop(String thread) { thread.toLowerCase(Locale.ROOT).contains('eventloop') }

    final Queue<String> onEventLoop = new ConcurrentLinkedQueue<>()

    @Override
    DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        event.bean.metricsTrackerFactory = { String pool, PoolStats stats ->
            new IMetricsTracker() {
                @Override
                void recordConnectionAcquiredNanos(long nanos) {
                    String thread = Thread.currentThread().name
                    if (isEventLoop(thread)) {
                        onEventLoop << taken(thread)
                    }
                }
            }
        } as MetricsTrackerFactory
        event.bean
    }

    /** What took a connection on {@code thread}: the request and its handler. */
    @CompileDynamic
    static String taken(String thread) {
        "${thread}: ${ServerRequestContext.currentRequest().map { "${it.method} ${it.path}" }.orElse('no request')} in ${handler()}".toString()
    }

    /** The controller method on the stack, or the first frame of ours when no controller is there (a filter). */
    @CompileDynamic
    static String handler() {
        def frames = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk { it.toList() }
        def controller = frames.find { it.declaringClass.isAnnotationPresent(Controller) }
        def ours = frames.find { it.className.startsWith('vn.dcim.') && !it.className.contains('testing') }
        def frame = controller ?: ours
        frame ? "${frame.className}.${frame.methodName}${controller ? '' : ' (not a controller)'}" : 'unknown'
    }
}

package vn.dcim.web.api.alarm;

import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.scope.Scope;
import io.micronaut.http.sse.Event;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.alarm.AlarmView;

import java.time.Duration;

/**
 * Fans committed alarm changes out to every open console (server-sent events). A slow browser
 * misses events rather than slowing the alarm path; the console reloads the list on reconnect.
 */
@Singleton
@lombok.RequiredArgsConstructor(access = lombok.AccessLevel.PACKAGE)
class AlarmStream {
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Sinks.Many<AlarmUpdate> sink = Sinks.many().multicast().directBestEffort();

    private final vn.dcim.core.alarm.Alarms alarms;

    @EventListener
    void onAlarm(AlarmChanged event) {
        AlarmUpdate update = new AlarmUpdate(event.change().name(), event.alarm().state(), event.alarm());
        sink.tryEmitNext(update);
        // an alarm waiting for its cause joins the console after the settle: the consoles reload then
        alarms.untilOnConsole(event.alarm()).ifPresent(d ->
                reactor.core.publisher.Mono.delay(d).subscribe(x -> sink.tryEmitNext(update)));
    }

    private final ScopedEquipment scoped;

    /** The changes the caller's scope admits: a limited console hears only of its own sites' or agency's alarms. */
    Flux<Event<?>> events(Scope scope) {
        Flux<Event<?>> updates = sink.asFlux()
                // the agency's test reads the register: off the thread that committed the alarm
                .publishOn(reactor.core.scheduler.Schedulers.boundedElastic())
                .filter(u -> !scope.limited() || scope.admitsSite(u.alarm().siteId()) && (!scope.byAgency() || scoped.device(scope, u.alarm().source())))
                .map(u -> Event.of(u).name("alarm").id(String.valueOf(u.alarm().id())));
        // proxies close idle connections; a comment line every 15 s keeps the console's stream open
        Flux<Event<?>> heartbeat = Flux.interval(HEARTBEAT).map(i -> Event.of("").comment("heartbeat"));
        return Flux.merge(Flux.just(Event.of("connected").name("hello")), updates, heartbeat);
    }

    @Serdeable
    record AlarmUpdate(String change, String state, AlarmView alarm) {
    }
}

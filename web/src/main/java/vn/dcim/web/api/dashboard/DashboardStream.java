package vn.dcim.web.api.dashboard;

import io.micronaut.http.sse.Event;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.telemetry.ReadingsRecorded;

import java.time.Duration;
import java.util.List;

/**
 * Tells every open dashboard that something it shows changed (server-sent events, as the alarm
 * console): the devices whose readings were just committed, or an alarm. The page then re-reads its
 * site; a slow browser misses events rather than slowing the readings' path (Art. 30.8a).
 */
@Singleton
@lombok.RequiredArgsConstructor(access = lombok.AccessLevel.PACKAGE)
class DashboardStream {
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Sinks.Many<List<String>> sink = Sinks.many().multicast().directBestEffort();

    @EventListener
    void onReadings(ReadingsRecorded event) {
        // from the batch's column: a reading made per value read would be garbage of the readings' path
        vn.dcim.core.telemetry.ReadingBatch batch = event.batch();
        java.util.Set<String> devices = new java.util.LinkedHashSet<>();
        for (int row = 0; row < batch.size(); row++) {
            devices.add(batch.deviceId(row));
        }
        sink.tryEmitNext(List.copyOf(devices));
    }

    private final vn.dcim.core.alarm.Alarms alarms;

    @EventListener
    void onAlarm(AlarmChanged event) {
        List<String> device = List.of(event.alarm().source());
        sink.tryEmitNext(device);
        // counted once it joins the console (an alarm waiting for its cause, after the settle)
        alarms.untilOnConsole(event.alarm()).ifPresent(d -> reactor.core.publisher.Mono.delay(d).subscribe(x -> sink.tryEmitNext(device)));
    }

    private final vn.dcim.core.scope.ScopedEquipment scoped;

    /** The changes of the devices the scope admits; a change of nothing the reader may see is not told at all. */
    Flux<Event<?>> events(vn.dcim.core.scope.Scope scope) {
        Flux<List<String>> seen = sink.asFlux();
        if (scope.limited()) {
            // each device is looked up once per open dashboard, off the readings' path
            java.util.Map<String, Boolean> admitted = new java.util.concurrent.ConcurrentHashMap<>();
            seen = seen.publishOn(reactor.core.scheduler.Schedulers.boundedElastic())
                    .map(devices -> devices.stream().filter(d -> admitted.computeIfAbsent(d, id -> scoped.device(scope, id))).toList())
                    .filter(devices -> !devices.isEmpty());
        }
        Flux<Event<?>> changes = seen.map(devices -> Event.of(devices).name("changed"));
        Flux<Event<?>> heartbeat = Flux.interval(HEARTBEAT).map(i -> Event.of("").comment("heartbeat"));
        return Flux.merge(Flux.just(Event.of("connected").name("hello")), changes, heartbeat);
    }
}

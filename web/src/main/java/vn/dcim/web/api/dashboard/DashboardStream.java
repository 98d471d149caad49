package vn.dcim.web.api.dashboard;

import io.micronaut.http.sse.Event;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingsRecorded;

import java.time.Duration;
import java.util.List;

/**
 * Tells every open dashboard that something it shows changed (server-sent events, as the alarm
 * console): the devices whose readings were just committed, or an alarm. The page then re-reads its
 * site; a slow browser misses events rather than slowing the readings' path (Art. 30.8a).
 */
@Singleton
class DashboardStream {
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Sinks.Many<List<String>> sink = Sinks.many().multicast().directBestEffort();

    @EventListener
    void onReadings(ReadingsRecorded event) {
        sink.tryEmitNext(event.readings().stream().map(Reading::deviceId).distinct().toList());
    }

    @EventListener
    void onAlarm(AlarmChanged event) {
        sink.tryEmitNext(List.of(event.alarm().source()));
    }

    Flux<Event<?>> events() {
        Flux<Event<?>> changes = sink.asFlux().map(devices -> Event.of(devices).name("changed"));
        Flux<Event<?>> heartbeat = Flux.interval(HEARTBEAT).map(i -> Event.of("").comment("heartbeat"));
        return Flux.merge(Flux.just(Event.of("connected").name("hello")), changes, heartbeat);
    }
}

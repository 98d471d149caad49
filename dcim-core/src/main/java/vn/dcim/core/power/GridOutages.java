package vn.dcim.core.power;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Rollups;
import vn.dcim.core.telemetry.SeriesCatalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a site has lost its grid now, and since when (the banner of the shift's screen, Art. 30.8a).
 * The start is read from the history of the voltage that shows the loss: the first point of the
 * current run below the threshold, looking back at most {@link #LOOK_BACK} (a longer outage shows that
 * window's start).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GridOutages {
    static final Duration LOOK_BACK = Duration.ofHours(6);

    private final PowerReadings readings;
    private final PowerNodeStates states;
    private final SeriesCatalog series;
    private final ReadingHistory history;
    private final PowerFeedRepository feeds;
    private final Clock clock;

    /** The site's outage now; empty while every feed whose voltage is measured has it. */
    public Optional<GridOutage> of(PowerChain chain) {
        Map<Long, List<LatestReading>> values = new LinkedHashMap<>();
        chain.nodes().forEach(n -> values.put(n.id(), readings.of(chain, n)));
        List<String> lost = new ArrayList<>();
        Instant since = null;
        for (PowerNode feed : chain.nodes().stream().filter(n -> n.kind() == PowerNodeKind.feed).toList()) {
            Optional<PowerNodeStates.FeedVoltage> v = states.voltageOf(chain, feed, values);
            Integer nominal = feed.feedId() == null ? null : feeds.findById(feed.feedId()).map(PowerFeed::voltageV).orElse(null);
            if (v.isEmpty() || !states.lost(v.get().reading().value(), nominal)) {
                continue;
            }
            lost.add(feed.name());
            Instant start = start(v.get().reading(), nominal);
            since = since == null || start.isBefore(since) ? start : since;
        }
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        List<GridOutage.OnBattery> onBattery = new ArrayList<>();
        String generator = null;
        for (PowerNode n : chain.nodes()) {
            List<LatestReading> own = values.get(n.id());
            if (n.kind() == PowerNodeKind.ups && PowerNodeStates.find(own, "ups.output.source")
                    .map(r -> "battery".equals(r.text())).orElse(false)) {
                onBattery.add(new GridOutage.OnBattery(n.name(), PowerNodeStates.runtimeMinutes(own)));
            }
            if (n.kind() == PowerNodeKind.generator && PowerNodeStates.find(own, "gen.state")
                    .map(r -> "running".equals(r.text())).orElse(false)) {
                generator = n.name();
            }
        }
        return Optional.of(new GridOutage(lost, since, onBattery, generator));
    }

    /** The first point of the current run of readings below the threshold, in the look-back window. */
    private Instant start(LatestReading latest, Integer nominal) {
        Instant now = clock.instant();
        Instant start = latest.time();
        var s = series.find(latest.deviceId(), latest.metric(), latest.instance());
        if (s.isEmpty()) {
            return start;
        }
        List<ReadingHistory.Point> points = history.points(s.get(), Rollups.Resolution.RAW, now.minus(LOOK_BACK),
                latest.time().plusMillis(1));
        for (int i = points.size() - 1; i >= 0; i--) {
            ReadingHistory.Point p = points.get(i);
            if (p.value() == null || !states.lost(p.value(), nominal)) {
                break;
            }
            start = p.ts();
        }
        return start;
    }
}

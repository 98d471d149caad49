package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.OutletDraw;
import vn.dcim.core.cabling.OutletPowerSettings;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.cabling.PortKind;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Rollups;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.time.CenterZone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The live readings confirming a "connect" step where they can (a server plugged into outlet A-07 draws power there): the
 * outlet's draw, as its PDU reports it (its power, else its current times the nominal voltage), the last reading in the
 * window before the crew confirmed the step against the highest in the window after. A rise of at least the set watts is
 * "rose"; the verdict is kept on the step as soon as it rose, or once the window after has passed; until then the step
 * waits for readings. A link to a port that is not a PDU outlet (a network port) has nothing to read.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConnectCheck {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final StepDrawRepository draws;
    private final ChangeLinkRepository links;
    private final Cabling cabling;
    private final MonitoredDevices devices;
    private final SeriesCatalog catalog;
    private final ReadingHistory history;
    private final OutletPowerSettings power;
    private final ChangeSettings settings;
    private final Clock clock;

    /** What the readings say of a step so far: kept, being waited for, or nothing (not a power connection). */
    public record Check(@Nullable StepDraw kept, String outlet, boolean waiting) {
    }

    /** The step's check; a verdict reached now is kept (it is evidence and does not change afterwards). */
    public Optional<Check> of(ChangeStep step) {
        if (step.action() != StepAction.connect || step.linkId() == null || step.id() == null) {
            return Optional.empty();
        }
        Optional<Port> outlet = links.findById(step.linkId()).flatMap(l -> cabling.findPort(l.farPortId()))
                .filter(p -> p.kind() == PortKind.power_outlet);
        if (outlet.isEmpty()) {
            return Optional.empty();
        }
        String name = outlet.get().name();
        Optional<StepDraw> kept = draws.findById(step.id());
        if (kept.isPresent()) {
            return Optional.of(new Check(kept.get(), name, false));
        }
        if (!step.confirmed() || step.confirmedAt() == null) {
            return Optional.of(new Check(null, name, true));
        }
        StepDraw decided = decide(step, outlet.get());
        if (decided == null) {
            return Optional.of(new Check(null, name, true));
        }
        return Optional.of(new Check(draws.save(decided), name, false));
    }

    private @Nullable StepDraw decide(ChangeStep step, Port outlet) {
        Instant at = step.confirmedAt();
        Instant now = clock.instant();
        Duration window = settings.getDrawWindow();
        List<Series> series = new ArrayList<>();
        for (MonitoredDevice d : devices.ofAsset(outlet.assetId())) {
            catalog.find(d.id(), OutletDraw.POWER, outlet.name()).ifPresent(series::add);
            catalog.find(d.id(), OutletDraw.CURRENT, outlet.name()).ifPresent(series::add);
        }
        if (series.isEmpty()) {
            return new StepDraw(step.id(), outlet.id(), DrawVerdict.not_monitored, null, null, null, null, now);
        }
        // the power where the PDU reports it; its current otherwise
        series.sort(Comparator.comparing(s -> OutletDraw.POWER.equals(s.metric()) ? 0 : 1));
        Series read = series.get(0);
        Optional<ReadingHistory.Point> before = history.points(read, Rollups.Resolution.RAW, at.minus(window), at).stream()
                .filter(p -> p.value() != null).reduce((a, b) -> b);
        Optional<ReadingHistory.Point> after = history.points(read, Rollups.Resolution.RAW, at, at.plus(window)).stream()
                .filter(p -> p.value() != null).max(Comparator.comparingDouble(ReadingHistory.Point::value));
        boolean over = !now.isBefore(at.plus(window));
        Double beforeW = before.map(p -> watts(read, p.value())).orElse(null);
        Double afterW = after.map(p -> watts(read, p.value())).orElse(null);
        // an outlet nothing was plugged into often reads nothing at all: no reading before counts as no draw
        boolean rose = afterW != null && afterW - (beforeW == null ? 0 : beforeW) >= settings.getDrawRiseW();
        if (!rose && !over) {
            return null;
        }
        DrawVerdict verdict = rose ? DrawVerdict.rose : afterW == null ? DrawVerdict.no_readings : DrawVerdict.not_risen;
        return new StepDraw(step.id(), outlet.id(), verdict, beforeW, before.map(ReadingHistory.Point::ts).orElse(null),
                afterW, after.map(ReadingHistory.Point::ts).orElse(null), now);
    }

    private double watts(Series s, double value) {
        String unit = s.unit() == null ? "" : s.unit();
        if (OutletDraw.POWER.equals(s.metric())) {
            return "kW".equals(unit) ? value * 1000 : value;
        }
        double amps = "mA".equals(unit) ? value / 1000 : value;
        return amps * power.getNominalVoltage();
    }

    /** The check in words (times in the centre's zone), for the crew's phone, the thread and the auditor. */
    public static Phrase describe(Check c) {
        if (c.kept() == null) {
            return Phrase.of("change.draw.waiting", "Waiting for the readings of outlet {0} after the step is confirmed", c.outlet());
        }
        StepDraw d = c.kept();
        return switch (d.verdict()) {
            case rose -> Phrase.of("change.draw.rose", "The draw of outlet {0} rose from {1} W ({2}) to {3} W ({4}) after the step was confirmed",
                    c.outlet(), watts(d.beforeW()), time(d.beforeAt()), watts(d.afterW()), time(d.afterAt()));
            case not_risen -> Phrase.of("change.draw.not-risen", "The draw of outlet {0} did not rise after the step was confirmed: {1} W ({2}) before, at most {3} W ({4}) after",
                    c.outlet(), watts(d.beforeW()), time(d.beforeAt()), watts(d.afterW()), time(d.afterAt()));
            case no_readings -> Phrase.of("change.draw.no-readings", "Outlet {0} is monitored but sent no reading after the step was confirmed",
                    c.outlet());
            case not_monitored -> Phrase.of("change.draw.not-monitored", "Outlet {0} is not monitored: no reading confirms the connection",
                    c.outlet());
        };
    }

    private static String watts(@Nullable Double w) {
        return w == null ? "0" : String.valueOf(Math.round(w));
    }

    private static String time(@Nullable Instant t) {
        return t == null ? "–" : SHOWN.format(t.atZone(CenterZone.configured()));
    }
}

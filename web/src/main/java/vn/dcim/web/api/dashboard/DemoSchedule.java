package vn.dcim.web.api.dashboard;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.demo.DemoSite;
import vn.dcim.snmp.sim.DemoAgents;
import vn.dcim.snmp.sim.GridScenario;
import vn.dcim.web.i18n.Shown;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The demo's rehearsed grid outage, stated where the shift sees it: every
 * {@code dcim.demo.outage-every-s} the grid fails for {@code dcim.demo.outage-length-s}, counted from
 * the start of the demo's devices; the generator starts 15 s into it. Null off the demo site or
 * when the demo's devices do not run.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoSchedule {
    private final Optional<DemoAgents> agents;
    private final Clock clock;

    @Nullable
    String schedule(String siteId, Shown shown) {
        if (!DemoSite.ID.equals(siteId) || agents.isEmpty()) {
            return null;
        }
        GridScenario grid = agents.get().grid();
        // demo time runs dcim.demo.speed times faster than the clock: what is said is in real minutes and real time
        int speed = agents.get().speed();
        long t = Math.max(0, agents.get().demoSeconds());
        String every = String.valueOf(grid.everySeconds() / speed / 60);
        String length = String.valueOf(grid.outageSeconds() / speed / 60);
        // in the center's time, as every time on a screen (not the UTC ISO text)
        String next = shown.time(agents.get().startedAt().plusMillis(grid.nextOutageAt(t) * 1000 / speed));
        return shown.said("dash.demo.schedule", List.of(every, length, next),
                "Demo: the grid fails every " + every + " min for " + length + " min (the generator starts after 15 s); next outage at " + next);
    }
}

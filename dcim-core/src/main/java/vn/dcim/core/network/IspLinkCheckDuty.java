package vn.dcim.core.network;

import io.micronaut.context.annotation.Value;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.text.ColumnText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Art. 8.1đ: Internet from at least two providers. Probes every link each minute, records loss and
 * latency (and the readings isp.link.up/loss/latency), raises an alarm for a link that is down and a
 * critical one when fewer than two providers of a site are up.
 */
@DutyPlan(id = "isp-link-check", cron = "0 * * * * ?",
        description = IspLinkCheckDuty.ARTICLE + ": probe each Internet link every minute; alarm when a link is down and when fewer than two providers are up")
public class IspLinkCheckDuty extends RegulationDuty {
    static final String ARTICLE = "Art. 8.1đ";

    private final IspLinkRepository links;
    private final IspLinkCheckRepository checks;
    private final ReadingSink readings;
    private final AlarmUpdates alarms;
    private final LinkProbe probe;

    IspLinkCheckDuty(IspLinkRepository links, IspLinkCheckRepository checks, ReadingSink readings,
                     AlarmUpdates alarms,
                     @Value("${dcim.isp.probe-attempts:3}") int attempts,
                     @Value("${dcim.isp.probe-timeout-ms:2000}") int timeoutMs) {
        this.links = links;
        this.checks = checks;
        this.readings = readings;
        this.alarms = alarms;
        this.probe = new LinkProbe(attempts, timeoutMs);
    }

    public static String deviceId(IspLink link) {
        return "isp-link-" + link.id();
    }

    @Override
    public DutyOutcome run(Instant now) {
        Map<String, Set<String>> providersUp = new HashMap<>();
        Map<String, Set<String>> providers = new HashMap<>();
        List<Reading> batch = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (IspLink link : links.findAll()) {
            LinkProbe.Result r = probe.probe(link);
            checks.save(new IspLinkCheck(null, link.id(), now, r.up(), r.lossPct(), r.latencyMs(), truncate(r.message())));
            String device = deviceId(link);
            batch.add(new Reading(now, device, "isp.link.up", "0", r.up() ? 1.0 : 0.0, r.up() ? "up" : "down", null));
            batch.add(Reading.of(now, device, "isp.link.loss", "0", r.lossPct(), "%"));
            if (r.latencyMs() != null) {
                batch.add(Reading.of(now, device, "isp.link.latency", "0", r.latencyMs(), "ms"));
            }
            providers.computeIfAbsent(link.siteId(), k -> new HashSet<>()).add(link.provider().toLowerCase());
            if (r.up()) {
                providersUp.computeIfAbsent(link.siteId(), k -> new HashSet<>()).add(link.provider().toLowerCase());
                clear(device, "isp.link.down");
            } else {
                down.add(link.provider() + " (" + r.message() + ")");
                // the probe's own words stay in the link's check history; the alarm says what a reader needs in their language
                raise(device, "isp.link.down", Severity.major, link.circuitId() == null
                        ? Phrase.of("alarm.text.isp.link-down", "Internet link {0} is down: {1}% of probes lost", link.provider(), Math.round(r.lossPct()))
                        : Phrase.of("alarm.text.isp.link-down.circuit", "Internet link {0} {1} is down: {2}% of probes lost",
                                link.provider(), link.circuitId(), Math.round(r.lossPct())));
            }
        }
        readings.record(batch);
        List<String> shortSites = new ArrayList<>();
        for (String site : providers.keySet()) {
            int up = providersUp.getOrDefault(site, Set.of()).size();
            if (up < 2) {
                shortSites.add(site + " (" + up + " provider(s) up)");
                raise("site-" + site, "isp.providers", Severity.critical, Phrase.of("alarm.text.isp.providers",
                        "Only {0} Internet provider(s) up at site {1}; the regulation requires at least two", up, site));
            } else {
                clear("site-" + site, "isp.providers");
            }
        }
        if (!shortSites.isEmpty()) {
            return DutyOutcome.failed(ARTICLE + ": fewer than two providers up at " + String.join(", ", shortSites)
                    + (down.isEmpty() ? "" : "; down: " + String.join(", ", down)));
        }
        return down.isEmpty() ? DutyOutcome.ok(Phrase.of("duty.outcome.isp.up", "All Internet links up"))
                : DutyOutcome.warning(Phrase.of("duty.outcome.isp.down", "Down: {0}", String.join(", ", down)));
    }

    private void raise(String source, String rule, Severity severity, Phrase message) {
        alarms.tell(source, rule, "0", severity, ARTICLE, message);
    }

    private void clear(String source, String rule) {
        alarms.tell(source, rule, "0", Severity.info, ARTICLE, null);
    }

    private static String truncate(String s) {
        return ColumnText.fit(s, 500);
    }
}

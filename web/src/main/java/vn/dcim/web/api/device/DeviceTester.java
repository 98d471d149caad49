package vn.dcim.web.api.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.dcim.snmp.poll.AgentAddress;
import vn.dcim.snmp.poll.DevicePoller;
import vn.dcim.snmp.poll.PollResult;
import vn.dcim.snmp.poll.PollerProfiles;
import vn.dcim.snmp.poll.SnmpSettings;
import vn.dcim.snmp.poll.SnmpException;
import vn.dcim.snmp.profile.Profile;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The set-up screen's "test" button: polls an agent once with the settings being entered, as
 * {@code ./dcim poll-once} does, and says what was detected and read, or why nothing was (the
 * failure kinds of {@link SnmpException.Failure}: unknown host, host down, wrong community, v3 refused).
 * A poller of its own per test, so nothing it learns about an agent leaks into the real polling.
 */
@Singleton
public class DeviceTester extends SnmpAsker {
    /** However the device is set up, a person waits for the answer: never longer than this. */
    private static final long MAX_WAIT_S = 30;

    DeviceTester(SnmpSettings settings, PollerProfiles profiles) {
        super(settings, profiles);
    }

    /**
     * One value read; {@code label} and {@code display} say the metric and the value in the asker's language
     * ("Dung lượng bộ nhớ", "23,5 GiB"; the row stays the agent's index) for the screen that lists them.
     */
    @Serdeable
    public record Value(String metric, String instance, @Nullable Double value, @Nullable String text, @Nullable String unit,
                        @Nullable String label, @Nullable String display) {
        Value told(vn.dcim.web.i18n.Shown shown) {
            return new Value(metric, instance, value, text, unit, shown.metric(metric), shown.reading(metric, value, text, unit));
        }
    }

    /** {@code failure} is null when the agent was read; then {@code profiles} may still be empty (nothing matches). */
    @Serdeable
    public record Outcome(boolean ok, @Nullable String failure, @Nullable String reason, @Nullable String sysObjectId,
                          @Nullable String sysDescr, List<String> profiles, List<Value> values, List<String> problems) {
        /** The same outcome with each value told in a reader's language. */
        public Outcome told(vn.dcim.web.i18n.Shown shown) {
            return new Outcome(ok, failure, reason, sysObjectId, sysDescr, profiles, values.stream().map(v -> v.told(shown)).toList(),
                    problems);
        }

        static Outcome failed(String failure, String reason) {
            return new Outcome(false, failure, reason, null, null, List.of(), List.of(), List.of());
        }
    }

    /** The names of the profiles a device can be told to use instead of detecting. */
    public List<String> profiles() {
        return profiles.catalog().all().stream().map(Profile::name).sorted().toList();
    }

    /**
     * A profile as the set-up screen offers it: its name, the family of equipment it reads as the product names it (the
     * first part of most of its metrics' names: ups, pdu, cooling, env...) and its description, which is the vendor's
     * MIB wording and stays as written (shown marked as English).
     */
    public record ProfileChoice(String name, String family, String description) {
    }

    /** The profiles grouped by the family of equipment they read, the families by name, each family's profiles by name. */
    public List<ProfileChoice> profileChoices() {
        return profiles.catalog().all().stream().map(p -> new ProfileChoice(p.name(), family(p), p.description() == null ? "" : p.description()))
                .sorted(java.util.Comparator.comparing(ProfileChoice::family).thenComparing(ProfileChoice::name)).toList();
    }

    /** The family most of a profile's metrics belong to ("ups" of ups.battery.charge); "other" for a profile without metrics. */
    public static String family(Profile p) {
        return p.metrics().stream().map(m -> m.name().contains(".") ? m.name().substring(0, m.name().indexOf('.')) : m.name())
                .collect(java.util.stream.Collectors.groupingBy(f -> f, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse("other");
    }

    public boolean knowsProfile(String name) {
        return profiles.catalog().named(name).isPresent();
    }

    public Outcome test(AgentAddress agent, @Nullable String profile) {
        DevicePoller poller = new DevicePoller(client, profiles.catalog());
        try {
            PollResult r;
            try {
                r = poller.poll(agent, profile).get(MAX_WAIT_S, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Throwable why = poller.explain(agent, e).get(MAX_WAIT_S, TimeUnit.SECONDS);
                return failed(why);
            }
            List<Value> values = r.values().stream()
                    .map(v -> new Value(v.metric(), v.instance(), Double.isFinite(v.value()) ? v.value() : null, v.text(), v.unit(),
                            null, null))
                    .toList();
            return new Outcome(true, null, r.profiles().isEmpty() ? "no profile matches; choose one" : null,
                    r.sysObjectId(), r.sysDescr(), r.profiles(), values, r.problems());
        } catch (ExecutionException e) {
            return failed(SnmpException.of(e));
        } catch (TimeoutException e) {
            return Outcome.failed("no_answer", "no answer within " + MAX_WAIT_S + " s");
        } catch (IllegalArgumentException e) {
            return Outcome.failed("bad_settings", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("no_answer", "interrupted");
        }
    }

    private static Outcome failed(Throwable why) {
        Throwable t = SnmpException.of(why);
        String kind = t instanceof SnmpException s ? s.failure().name() : SnmpException.Failure.agent_error.name();
        return Outcome.failed(kind, t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
    }
}

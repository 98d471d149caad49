package vn.dcim.mqtt.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.mqtt.broker.BrokerSettings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The bridge's connections to the broker ({@link BridgeConnections}), one {@link PahoSubscriber} each, all
 * feeding the one pipeline; each acknowledges on its own connection what it received. Members start a
 * quarter of a second apart and each paces its own reconnects ({@link ReconnectPacing}), so after a broker
 * restart they do not all ask at once, and a member thrown off again and again waits longer and longer
 * alone. Sessions of members no longer configured are drained and ended in the background
 * ({@link OrphanSessions}).
 */
final class BridgeMembers implements BrokerSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeMembers.class);
    static final long STAGGER_MS = 250;

    private final BridgeConnections plan;
    private final boolean embedded;
    private final List<PahoSubscriber> members = new ArrayList<>();
    private final AtomicBoolean sharedRefused = new AtomicBoolean();
    private final OrphanSessions orphans;
    private volatile Thread retiring;

    BridgeMembers(BrokerSettings broker, BridgeSettings bridge, IngestPipeline pipeline, Supplier<List<String>> dialectFilters,
                  Clock clock, BridgeConnections plan) throws Exception {
        this.plan = plan;
        this.embedded = broker.isEmbedded();
        for (int k = 1; k <= plan.count(); k++) {
            members.add(PahoSubscriber.member(broker, bridge, pipeline, dialectFilters, clock, plan, k, this::sharedRefused));
        }
        this.orphans = new OrphanSessions(broker, bridge, pipeline, plan, () -> members.get(0).filters(), clock);
    }

    /** The broker answered without shared subscriptions: one connection takes the whole stream, said once. */
    private void sharedRefused() {
        if (!sharedRefused.compareAndSet(false, true)) {
            return;
        }
        LOG.error("MQTT bridge: the broker has no shared subscriptions; {} connection(s) asked, running on one ({})",
                plan.count(), members.get(0).clientId());
        for (PahoSubscriber m : members.subList(1, members.size())) {
            m.close();
        }
        members.get(0).withoutShare();
    }

    private List<PahoSubscriber> live() {
        return sharedRefused.get() ? members.subList(0, 1) : members;
    }

    @Override
    public void start() {
        for (int i = 0; i < members.size(); i++) {
            members.get(i).start(i * STAGGER_MS);
        }
        // also with one connection: the count may have been lowered to 1 (never on the embedded broker: MQTT 3.1.1 only)
        if (!embedded) {
            retiring = NamedThreads.start("mqtt-bridge-orphans", orphans::retireAll);
        }
    }

    @Override
    public boolean isConnected() {
        return live().stream().allMatch(PahoSubscriber::isConnected);
    }

    @Override
    public long connections() {
        return members.stream().mapToLong(PahoSubscriber::connections).sum();
    }

    @Override
    public boolean isSubscribed() {
        return live().stream().allMatch(PahoSubscriber::isSubscribed);
    }

    @Override
    public void subscribeMore(String filter) {
        live().forEach(m -> m.subscribeMore(filter));
    }

    /** Messages each member received since start, member 1 first. */
    List<Long> received() {
        return members.stream().map(PahoSubscriber::received).toList();
    }

    /** Sessions of members no longer configured that were drained and ended since start. */
    List<String> retired() {
        return orphans.retired();
    }

    @Override
    public void close() {
        Thread t = retiring;
        if (t != null) {
            t.interrupt();
        }
        orphans.close();
        members.forEach(PahoSubscriber::close);
    }
}

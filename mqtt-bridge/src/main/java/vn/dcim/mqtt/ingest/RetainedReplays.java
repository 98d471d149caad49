package vn.dcim.mqtt.ingest;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;
import vn.dcim.core.telemetry.Reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a broker replays from its retained store when the bridge subscribes is history, not news: a device's
 * "offline" will kept since the product's own last stop (its embedded broker closed the device's connection) came
 * back at every start as a fresh "device unreachable" and opened an incident. A reading of a retained message is
 * kept only when it tells the database something newer: its series has no value yet, or the message carries its own
 * time, after the latest known one, with another value. A retained message without a time of its own (a last will
 * is written when the device connects) cannot be placed after what is known, and is not kept for a known series;
 * a device that is really gone is then told by its silence (DCIM_ALARM_STALE_INTERVALS), as any device that stops
 * talking.
 */
@Singleton
class RetainedReplays {
    private static final Logger LOG = LoggerFactory.getLogger(RetainedReplays.class);

    private final LatestReadings latest;
    private final AtomicLong skipped = new AtomicLong();

    RetainedReplays(LatestReadings latest) {
        this.latest = latest;
    }

    /** The readings of a retained message that are news to the database. */
    List<Reading> news(List<Reading> readings, Instant received) {
        List<Reading> kept = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            Optional<LatestReading> known = latest.of(r.deviceId(), r.metric(), r.instance());
            String why = known.map(k -> stale(r, k, received)).orElse(null);
            if (why == null) {
                kept.add(r);
            } else {
                skipped.incrementAndGet();
                LOG.info("Retained {} = {} of {} replayed by the broker not kept: {}", r.metric(), r.text() != null ? r.text() : r.value(),
                        r.deviceId(), why);
            }
        }
        return kept;
    }

    /** Why a replayed reading is no news beside the known one, or null when it is news. */
    private static String stale(Reading r, LatestReading known, Instant received) {
        if (Objects.equals(r.value(), known.value()) && Objects.equals(r.text(), known.text())) {
            return "the database knows the same since " + known.time();
        }
        if (r.time().equals(received)) {
            return "it carries no time of its own, and the database knows " + told(known) + " since " + known.time();
        }
        if (!r.time().isAfter(known.time())) {
            return "it is from " + r.time() + ", the database knows " + told(known) + " since " + known.time();
        }
        return null;
    }

    private static Object told(LatestReading known) {
        return known.text() != null ? known.text() : known.value();
    }

    /** Readings of retained messages not kept since start. */
    long skipped() {
        return skipped.get();
    }
}

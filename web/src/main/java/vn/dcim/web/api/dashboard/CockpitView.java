package vn.dcim.web.api.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One site as the operator on shift sees it, live (Art. 30.8a: real-time state on one central interface). */
@Serdeable
public record CockpitView(String siteId, String siteName, Instant at, List<Element> chain, List<Link> links,
                          List<Element> cooling, List<RoomClimate> rooms, List<Element> doors, List<Element> cameras,
                          List<Isp> isp, Map<String, Long> alarms, List<Work> workOrders, Pue pue,
                          @Nullable Outage outage, @Nullable String demoSchedule) {

    /**
     * A piece of equipment: a power-chain element ({@code id} of the node) or a device. {@code state}:
     * the worst open alarm's severity, "stale" when a value is older than allowed, "unknown" without
     * readings, "ok" otherwise, "none" when nothing measures it. A power-chain element's own readings
     * judge it too (a UPS on battery, a grid feed at 0 V are critical): {@code said} tells what they say,
     * in the reader's language.
     */
    @Serdeable
    public record Element(@Nullable Long id, String kind, String name, @Nullable String deviceId, @Nullable Long rackId,
                          String state, List<Value> values, @Nullable String said) {
    }

    /**
     * The site has lost its grid (Art. 30.8a): the banner's sentence in the reader's language ("grid lost
     * since 14:02, running on UPS-02 battery, 12 min left"), the start and the lost feeds.
     */
    @Serdeable
    public record Outage(String said, Instant since, List<String> lostFeeds) {
    }

    @Serdeable
    public record Value(String metric, String instance, @Nullable Double value, @Nullable String text,
                        @Nullable String unit, Instant ts, boolean stale) {
    }

    @Serdeable
    public record Link(long from, long to, @Nullable String side) {
    }

    /** A room's climate now (the warmest sensor, the mean humidity) and its range over the last 24 h. */
    @Serdeable
    public record RoomClimate(long id, String name, @Nullable Value temperature, @Nullable Value humidity,
                              @Nullable Double temperatureMin24h, @Nullable Double temperatureMax24h,
                              @Nullable Double humidityMin24h, @Nullable Double humidityMax24h) {
    }

    @Serdeable
    public record Isp(String provider, @Nullable Boolean up, @Nullable Double latencyMs, @Nullable Instant checkedAt,
                      @Nullable Double availabilityPct) {
    }

    @Serdeable
    public record Work(long id, String plan, String status, @Nullable String crew, @Nullable Long assetId) {
    }

    /** Facility power ÷ IT power from measured readings; null value with the reason when they are missing. */
    @Serdeable
    public record Pue(@Nullable Double value, @Nullable Double facilityKw, @Nullable Double itKw, @Nullable String missing) {
    }
}

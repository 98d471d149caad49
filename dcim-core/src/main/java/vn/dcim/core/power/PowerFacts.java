package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;

/** What today's readings say about the elements an outage simulation needs to know. */
public interface PowerFacts {
    /** Whether a source can deliver power now (a generator in fault or switched off cannot). */
    boolean available(PowerNode source);

    /** A UPS's runtime on battery now, in minutes; null when it reports none. */
    @Nullable
    Double runtimeMinutes(PowerNode ups);
}

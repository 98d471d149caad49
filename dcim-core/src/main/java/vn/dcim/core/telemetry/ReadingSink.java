package vn.dcim.core.telemetry;

import java.util.List;

/**
 * The port through which collectors hand readings to the core. When {@link #record} returns, the
 * readings are committed; a collector that must not lose data acknowledges its source only then.
 */
public interface ReadingSink {
    void record(List<Reading> readings);
}

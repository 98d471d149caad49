package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.text.Phrase;

/**
 * What an element of the power chain is doing now, judged from its readings: a grid feed
 * at 0 V, a transfer switch with no source, a UPS on battery are {@code critical}, said in words.
 * {@code unknown}: its readings say nothing either way (none, or not the ones judged).
 */
public record PowerNodeState(long nodeId, Condition condition, @Nullable Phrase said) {

    public enum Condition { ok, warning, critical, unknown }

    static PowerNodeState unknown(long nodeId) {
        return new PowerNodeState(nodeId, Condition.unknown, null);
    }
}

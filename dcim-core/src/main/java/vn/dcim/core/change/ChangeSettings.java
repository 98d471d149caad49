package vn.dcim.core.change;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How the centre holds the registry to its change requests: by default an edit of racked equipment made outside a
 * request is flagged to the supervisor; in strict mode it is refused, so only a signed-off change moves racked equipment.
 */
@ConfigurationProperties("dcim.change")
public class ChangeSettings {
    private boolean strict;

    public boolean isStrict() { return strict; }
    public void setStrict(boolean strict) { this.strict = strict; }
}

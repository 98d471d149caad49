package vn.dcim.core.change;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How the centre holds the registry to its change requests: by default an edit of racked equipment made outside a
 * request is flagged to the supervisor; in strict mode it is refused, so only a signed-off change moves racked equipment.
 */
@ConfigurationProperties("dcim.change")
public class ChangeSettings {
    private boolean strict;
    /** How long before and after a "connect" step's confirmation its outlet's readings are compared. */
    private java.time.Duration drawWindow = java.time.Duration.ofMinutes(10);
    /** The rise of an outlet's draw, in W, that confirms a connection (a server idling draws tens of watts). */
    private double drawRiseW = 5;

    public boolean isStrict() { return strict; }
    public void setStrict(boolean strict) { this.strict = strict; }
    public java.time.Duration getDrawWindow() { return drawWindow; }
    public void setDrawWindow(java.time.Duration drawWindow) { this.drawWindow = drawWindow; }
    public double getDrawRiseW() { return drawRiseW; }
    public void setDrawRiseW(double drawRiseW) { this.drawRiseW = drawRiseW; }
}

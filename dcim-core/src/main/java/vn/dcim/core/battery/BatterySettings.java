package vn.dcim.core.battery;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How a UPS battery's health is judged. The end of life at 80 % of the rated capacity is the
 * replacement criterion of IEEE 1188 and IEC 60896 for VRLA batteries; the Peukert-style exponent
 * says how much faster a battery runs down under a heavier load (1.1 to 1.3 for VRLA blocks).
 */
@ConfigurationProperties("dcim.battery")
public class BatterySettings {
    private int defaultLifeMonths = 60;
    private double endOfLifeHealth = 0.8;
    private int orderAheadDays = 60;
    private double peukertExponent = 1.2;
    private double referenceLoadPercent = 50;
    private int lookBackDays = 183;
    private double minChargeDropPercent = 2;

    /** The vendor life of a battery whose register names none (VRLA design life, 5 years). */
    public int getDefaultLifeMonths() { return Math.max(1, defaultLifeMonths); }
    public void setDefaultLifeMonths(int defaultLifeMonths) { this.defaultLifeMonths = defaultLifeMonths; }
    /** The share of the runtime the UPS predicts below which the battery is worn out. */
    public double getEndOfLifeHealth() { return endOfLifeHealth; }
    public void setEndOfLifeHealth(double endOfLifeHealth) { this.endOfLifeHealth = endOfLifeHealth; }
    /** How long before the replace-by date the replacement work order is opened. */
    public int getOrderAheadDays() { return Math.max(0, orderAheadDays); }
    public void setOrderAheadDays(int orderAheadDays) { this.orderAheadDays = orderAheadDays; }
    public double getPeukertExponent() { return peukertExponent; }
    public void setPeukertExponent(double peukertExponent) { this.peukertExponent = peukertExponent; }
    /** The load (percent of the UPS's rating) every observed runtime is brought to, so outages compare. */
    public double getReferenceLoadPercent() { return referenceLoadPercent > 0 ? referenceLoadPercent : 50; }
    public void setReferenceLoadPercent(double referenceLoadPercent) { this.referenceLoadPercent = referenceLoadPercent; }
    /** How far back outages are read from the raw readings (they are kept 183 days, Art. 30.7a). */
    public int getLookBackDays() { return Math.max(1, lookBackDays); }
    public void setLookBackDays(int lookBackDays) { this.lookBackDays = lookBackDays; }
    /** A smaller drop of the charge is within the reading's rounding (whole percent) and tells nothing. */
    public double getMinChargeDropPercent() { return minChargeDropPercent; }
    public void setMinChargeDropPercent(double minChargeDropPercent) { this.minChargeDropPercent = minChargeDropPercent; }
}

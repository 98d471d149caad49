package vn.dcim.core.cabling;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * dcim.power.*: {@code nominal-voltage}, the voltage (V) an outlet's current is multiplied by to estimate
 * its draw when neither the outlet nor its PDU reports a voltage ({@link OutletDraw}); default 230 V, the
 * low-voltage nominal of IEC 60038; set 220 where the supply is nominally 220 V.
 */
@ConfigurationProperties("dcim.power")
public class OutletPowerSettings {
    private double nominalVoltage = 230;

    public double getNominalVoltage() { return nominalVoltage; }

    public void setNominalVoltage(double nominalVoltage) {
        if (!(nominalVoltage >= 100 && nominalVoltage <= 480)) {
            throw new IllegalArgumentException("dcim.power.nominal-voltage (DCIM_NOMINAL_VOLTAGE) must be 100 to 480 V, not " + nominalVoltage);
        }
        this.nominalVoltage = nominalVoltage;
    }
}

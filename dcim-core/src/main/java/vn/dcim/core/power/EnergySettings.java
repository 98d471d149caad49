package vn.dcim.core.power;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * dcim.energy.*: the numbers of the energy figures (PUE over periods, CUE).
 * <ul>
 *   <li>{@code grid-emission-factor}: tCO2 per MWh of the grid's electricity, for CUE (ISO/IEC 30134-8);
 *   default Vietnam's grid emission factor of 2023, 0.6592 tCO2/MWh, announced by the Department of Climate
 *   Change (Cục Biến đổi khí hậu, MONRE) in its official letter on the 2023 factor (application.yml and
 *   docs/energy.md give the source; the 2022 factor came in letter No. 327/BĐKH-PTCBT);</li>
 *   <li>{@code min-coverage}: the share of a period every meter's points must span for a PUE to be given
 *   (a meter silent for days would make the ratio a guess).</li>
 * </ul>
 */
@ConfigurationProperties("dcim.energy")
public class EnergySettings {
    private double gridEmissionFactor = 0.6592;
    private double minCoverage = 0.9;

    public double getGridEmissionFactor() { return gridEmissionFactor; }
    public void setGridEmissionFactor(double gridEmissionFactor) { this.gridEmissionFactor = gridEmissionFactor; }
    public double getMinCoverage() { return minCoverage; }
    public void setMinCoverage(double minCoverage) { this.minCoverage = minCoverage; }
}

package vn.dcim.core.capacity;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * dcim.capacity.*: how far forecasts look ({@code horizon-days}, default three years: a budget request
 * covers the next year and the procurement after it), how much history they fit ({@code history-days},
 * two years, enough for a yearly season), how far back the backtest runs ({@code backtest-months}, six),
 * and the recommended rack inlet range of the thermal picture ({@code inlet-low-c}/{@code inlet-high-c},
 * ASHRAE TC 9.9 class A1's 18–27 °C).
 */
@ConfigurationProperties("dcim.capacity")
public class CapacitySettings {
    private int horizonDays = 3 * 365;
    private int historyDays = 2 * 365;
    private int backtestMonths = 6;
    private double inletLowC = 18;
    private double inletHighC = 27;

    public int getHorizonDays() { return horizonDays; }

    public void setHorizonDays(int horizonDays) {
        if (horizonDays < 30 || horizonDays > 20 * 365) {
            throw new IllegalArgumentException("dcim.capacity.horizon-days (DCIM_FORECAST_HORIZON_DAYS) must be 30 to 7300, not " + horizonDays);
        }
        this.horizonDays = horizonDays;
    }

    public int getHistoryDays() { return historyDays; }

    public void setHistoryDays(int historyDays) {
        if (historyDays < TrendForecast.MIN_DAYS || historyDays > 10 * 365) {
            throw new IllegalArgumentException("dcim.capacity.history-days (DCIM_FORECAST_HISTORY_DAYS) must be 14 to 3650, not " + historyDays);
        }
        this.historyDays = historyDays;
    }

    public int getBacktestMonths() { return backtestMonths; }

    public void setBacktestMonths(int backtestMonths) {
        if (backtestMonths < 1 || backtestMonths > 36) {
            throw new IllegalArgumentException("dcim.capacity.backtest-months (DCIM_FORECAST_BACKTEST_MONTHS) must be 1 to 36, not " + backtestMonths);
        }
        this.backtestMonths = backtestMonths;
    }

    public double getInletLowC() { return inletLowC; }

    public void setInletLowC(double inletLowC) {
        this.inletLowC = inletLowC;
        check();
    }

    public double getInletHighC() { return inletHighC; }

    public void setInletHighC(double inletHighC) {
        this.inletHighC = inletHighC;
        check();
    }

    private void check() {
        if (!(inletLowC >= 5 && inletHighC <= 45 && inletLowC < inletHighC)) {
            throw new IllegalArgumentException("dcim.capacity.inlet-low-c/inlet-high-c (DCIM_INLET_LOW_C/DCIM_INLET_HIGH_C) must be 5 to 45 °C, low below high, not "
                    + inletLowC + "–" + inletHighC);
        }
    }
}

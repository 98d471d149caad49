package vn.dcim.snmp.profile;

import java.util.Map;
import java.util.Set;

/**
 * One metric of a profile: a scalar OID (instance "0") or a table column walked for every row
 * (instance = the row index). value = raw × multiplier ÷ divisor; raw values listed as sentinels
 * mean "not available" and are dropped. {@code decimalsColumn} (optional) names a column of the same
 * table holding the number of decimal digits of each row, as Raritan PDU2 and Rittal CMC III do;
 * {@code divisorColumn} one holding the divisor of each row (APC coolingUnit "factor by which the value
 * is expressed"); {@code exponentColumn} one holding a power of ten the raw value is multiplied by (Delta
 * Orion dcMeasurementScaleFactor: -2 means ÷100); a row's factor comes on top of the metric's own divisor and multiplier. {@code instance} names a scalar's instance where a device has several scalars of
 * one metric (sensor 1..8 as separate objects), otherwise a scalar's instance is "0"; on a column it
 * is appended to the row index, where one row holds a phase per column (row "1", phase "1.b").
 * {@code selectColumn}/{@code selectValues} keep only the rows whose type column holds one of the
 * values (a number or a text such as "Alive"), for tables that mix temperatures, humidities and contacts in one value column.
 * {@code alsoSelect} (optional) a second such column and values, both must match.
 * {@code fahrenheitWhen} (optional) names the agent's unit setting that makes a °C metric's rows °F;
 * {@code divisorWhen} (optional) the setting that makes its rows a finer unit (amperes or deciamperes).
 */
public record MetricDef(String name, String oid, boolean column, String unit, double divisor, double multiplier,
                        MetricKind kind, Map<Long, StateMeaning> states, Set<Long> sentinels,
                        Double min, Double max, String decimalsColumn, String scaleColumn, String divisorColumn,
                        String instance, String selectColumn, Set<String> selectValues, FahrenheitWhen fahrenheitWhen,
                        RowSelect alsoSelect, String exponentColumn, DivisorWhen divisorWhen,
                        Map<Long, Integer> decimalsByType) {

    /** A metric whose decimals column, if any, every agent answers. */
    public MetricDef(String name, String oid, boolean column, String unit, double divisor, double multiplier,
                     MetricKind kind, Map<Long, StateMeaning> states, Set<Long> sentinels,
                     Double min, Double max, String decimalsColumn, String scaleColumn, String divisorColumn,
                     String instance, String selectColumn, Set<String> selectValues, FahrenheitWhen fahrenheitWhen,
                     RowSelect alsoSelect, String exponentColumn, DivisorWhen divisorWhen) {
        this(name, oid, column, unit, divisor, multiplier, kind, states, sentinels, min, max, decimalsColumn, scaleColumn,
                divisorColumn, instance, selectColumn, selectValues, fahrenheitWhen, alsoSelect, exponentColumn, divisorWhen, null);
    }

    /** A metric whose scale no agent setting changes (all but a few). */
    public MetricDef(String name, String oid, boolean column, String unit, double divisor, double multiplier,
                     MetricKind kind, Map<Long, StateMeaning> states, Set<Long> sentinels,
                     Double min, Double max, String decimalsColumn, String scaleColumn, String divisorColumn,
                     String instance, String selectColumn, Set<String> selectValues, FahrenheitWhen fahrenheitWhen,
                     RowSelect alsoSelect, String exponentColumn) {
        this(name, oid, column, unit, divisor, multiplier, kind, states, sentinels, min, max, decimalsColumn, scaleColumn,
                divisorColumn, instance, selectColumn, selectValues, fahrenheitWhen, alsoSelect, exponentColumn, null);
    }

    /** A metric whose rows carry no power-of-ten column (all but a few). */
    public MetricDef(String name, String oid, boolean column, String unit, double divisor, double multiplier,
                     MetricKind kind, Map<Long, StateMeaning> states, Set<Long> sentinels,
                     Double min, Double max, String decimalsColumn, String scaleColumn, String divisorColumn,
                     String instance, String selectColumn, Set<String> selectValues, FahrenheitWhen fahrenheitWhen,
                     RowSelect alsoSelect) {
        this(name, oid, column, unit, divisor, multiplier, kind, states, sentinels, min, max, decimalsColumn, scaleColumn,
                divisorColumn, instance, selectColumn, selectValues, fahrenheitWhen, alsoSelect, null, null);
    }

    /**
     * A second column a row must also match (ENTITY-SENSOR: the sensor's type and its SI scale are two
     * columns; a temperature in units and one in milli-units are two metrics). Null: the first is enough.
     */
    public record RowSelect(String column, Set<String> values) {
    }

    public double scale(double raw) {
        return raw * multiplier / divisor;
    }

    /** With a decimals column the agent says per row how many decimal digits the raw value carries. */
    public MetricDef withDecimals(int digits) {
        return new MetricDef(name, oid, column, unit, divisor * Math.pow(10, digits), multiplier, kind, states, sentinels, min, max, null, null, null, instance, selectColumn, selectValues, fahrenheitWhen, alsoSelect, null, divisorWhen);
    }

    /** With a scale column each row carries a signed factor: -100 means ÷100, 10 means ×10 (Rittal CMC III). */
    public MetricDef withScale(int factor) {
        double div = factor < 0 ? -factor : 1;
        double mul = factor > 0 ? factor : 1;
        return new MetricDef(name, oid, column, unit, divisor * div, multiplier * mul, kind, states, sentinels, min, max, null, null, null, instance, selectColumn, selectValues, fahrenheitWhen, alsoSelect, null, divisorWhen);
    }

    /** With a divisor column each row says what its raw value is divided by; 0 or less means as is. */
    public MetricDef withDivisor(int rowDivisor) {
        return new MetricDef(name, oid, column, unit, divisor * (rowDivisor > 0 ? rowDivisor : 1), multiplier, kind, states, sentinels, min, max,
                null, null, null, instance, selectColumn, selectValues, fahrenheitWhen, alsoSelect, null, divisorWhen);
    }

    /** This metric divided by {@code by} more, as the agent's scale setting says (1: as it is). */
    public MetricDef dividedBy(double by) {
        return by == 1 ? this : new MetricDef(name, oid, column, unit, divisor * by, multiplier, kind, states, sentinels, min, max,
                decimalsColumn, scaleColumn, divisorColumn, instance, selectColumn, selectValues, fahrenheitWhen, alsoSelect,
                exponentColumn, divisorWhen, decimalsByType);
    }

    /** This metric as the per-row column value says. */
    public MetricDef forRow(int rowScale) {
        if (decimalsColumn != null) {
            return withDecimals(rowScale);
        }
        if (exponentColumn != null) {
            return withDecimals(-rowScale); // × 10^e is ÷ 10^-e
        }
        return scaleColumn != null ? withScale(rowScale) : withDivisor(rowScale);
    }

    /**
     * The decimal digits the profile gives a row's sensor type (the last arc of its index) when the agent
     * does not answer the decimals column (a walk or an agent view holding only the measurement table); null when
     * neither says.
     */
    public Integer defaultDecimals(String index) {
        if (decimalsByType == null || decimalsColumn == null) {
            return null;
        }
        try {
            return decimalsByType.get(Long.parseLong(index.substring(index.lastIndexOf('.') + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a row belongs to this metric, given what its select column holds. */
    public boolean selects(String rowType) {
        return selectValues.contains(rowType);
    }

    /** The per-row column this metric needs beside its own, if any. */
    public String rowScaleColumn() {
        return decimalsColumn != null ? decimalsColumn : scaleColumn != null ? scaleColumn
                : exponentColumn != null ? exponentColumn : divisorColumn;
    }
}

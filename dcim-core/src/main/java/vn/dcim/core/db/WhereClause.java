package vn.dcim.core.db;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The WHERE clause of a list's filter, built one condition at a time with its parameters in order. A filter field
 * left empty adds no condition, so a list read with no filter reads every row.
 */
public final class WhereClause {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds the condition, its {@code ?} marks bound to these values in order. */
    public WhereClause and(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(Arrays.asList(values));
        return this;
    }

    /** Adds the condition only when the value is given, its one {@code ?} bound to the value. */
    public WhereClause andIfGiven(String condition, @Nullable Object value) {
        return value == null ? this : and(condition, value);
    }

    /** Adds the condition only when the value is given, its one {@code ?} bound to what {@code param} makes of it. */
    public <T> WhereClause andIfGiven(String condition, @Nullable T value, Function<? super T, ?> param) {
        return value == null ? this : and(condition, param.apply(value));
    }

    /** " WHERE a AND b", or nothing where no condition was added. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The parameters of the conditions' {@code ?} marks, in order. */
    public List<Object> params() {
        return Collections.unmodifiableList(params);
    }
}

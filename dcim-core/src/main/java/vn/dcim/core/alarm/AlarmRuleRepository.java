package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AlarmRuleRepository extends CrudRepository<AlarmRuleRow, String> {
    List<AlarmRuleRow> findByEnabled(boolean enabled);

    List<AlarmRuleRow> listOrderById();

    /**
     * A shipped rule, unless the table has it already (an operator's change is kept); every node seeds at start,
     * so two may insert the same rule at once.
     */
    @Query("INSERT IGNORE INTO alarm_rule (id, metric, kind, trigger_value, rearm_value, states, duration_s, severity, article, "
            + "description, enabled, latching) VALUES (:id, :metric, :kind, :triggerValue, :rearmValue, :states, :durationS, :severity, "
            + ":article, :description, :enabled, :latching)")
    void insertIfAbsent(String id, String metric, String kind, @Nullable Double triggerValue, @Nullable Double rearmValue, @Nullable String states, int durationS,
                        String severity, String article, String description, boolean enabled, boolean latching);
}

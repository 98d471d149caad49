package vn.dcim.core.maintenance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MaintenancePlanRepository extends CrudRepository<MaintenancePlan, Long> {
    boolean existsByCode(String code);

    /** Each plan with the last time an order of it was done and the due date of its earliest open order. */
    String PLAN_RECORDS = "SELECT p.id, p.name, (SELECT MAX(w.finished_at) FROM work_order w WHERE w.plan_id = p.id "
            + "AND w.status IN ('done', 'verified')) AS last_done, (SELECT MIN(w.due_date) FROM work_order w WHERE w.plan_id = p.id "
            + "AND w.status IN ('planned', 'assigned', 'in_progress')) AS first_open_due FROM maintenance_plan p";

    @Query(PLAN_RECORDS)
    List<PlanRecords.PlanRecord> findPlanRecords();

    /** The plans of the fire and lightning systems: by the article they follow or by their name (English or Vietnamese). */
    @Query(PLAN_RECORDS + " WHERE p.article LIKE '%6.3%' OR LOWER(p.name) LIKE '%fire%' OR LOWER(p.name) LIKE '%lightning%' "
            + "OR LOWER(p.name) LIKE '%chữa cháy%' OR LOWER(p.name) LIKE '%chống sét%'")
    List<PlanRecords.PlanRecord> findFireAndLightningRecords();
}

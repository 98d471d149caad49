package vn.dcim.core.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DutyRunRepository extends CrudRepository<DutyRun, Long> {

    @Query(value = "SELECT * FROM duty_run WHERE (:dutyId IS NULL OR duty_id = :dutyId) "
            + "AND (:status IS NULL OR status = :status) ORDER BY id DESC",
            countQuery = "SELECT COUNT(*) FROM duty_run WHERE (:dutyId IS NULL OR duty_id = :dutyId) "
                    + "AND (:status IS NULL OR status = :status)")
    Page<DutyRun> search(@Nullable String dutyId, @Nullable String status, Pageable pageable);

    Optional<DutyRun> findFirstByDutyIdOrderByIdDesc(String dutyId);

    Optional<DutyRun> findFirstByDutyIdAndStatusOrderByIdDesc(String dutyId, RunStatus status);

    List<DutyRun> findByDutyIdOrderByIdAsc(String dutyId);
}

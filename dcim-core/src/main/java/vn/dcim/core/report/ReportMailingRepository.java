package vn.dcim.core.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportMailingRepository extends CrudRepository<ReportMailingRow, Long> {
    List<ReportMailingRow> listOrderById();

    @Query("SELECT * FROM report_mailing WHERE enabled AND next_run_at <= :now ORDER BY next_run_at, id")
    List<ReportMailingRow> due(Instant now);

    /** What an operator changes; the runs' times and outcome stay. */
    @Query("UPDATE report_mailing SET report = :report, format = :format, lang = :lang, recipients = :recipients, cron = :cron, "
            + "enabled = :enabled, next_run_at = :nextRunAt WHERE id = :id")
    void change(long id, String report, String format, String lang, String recipients, String cron, boolean enabled, Instant nextRunAt);

    /** 1 when the run is claimed here; 0 when another instance moved its time first. */
    @Query("UPDATE report_mailing SET next_run_at = :next, last_run_at = :now WHERE id = :id AND next_run_at = :due")
    int claim(long id, @Nullable Instant due, Instant now, Instant next);

    @Query("UPDATE report_mailing SET last_outcome = :outcome WHERE id = :id")
    void ran(long id, String outcome);
}

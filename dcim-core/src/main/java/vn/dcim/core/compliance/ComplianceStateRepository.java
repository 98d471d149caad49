package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The requirements' current states per centre (compliance_state, one row per centre and requirement, read as
 * {@link ComplianceStateRow}) and their history (compliance_state_change, this repository's entity). A state is
 * written only if it is still as the judging instance read it: two instances judging at once record one change.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ComplianceStateRepository extends CrudRepository<ComplianceStateChangeRow, Long> {
    String STATE = "SELECT requirement_id, state, since, summary, evidence, summary_key, summary_args FROM compliance_state ";
    String CHANGE = "SELECT * FROM compliance_state_change ";
    /** The findings among some requirements: a failing state, or attested with a summary that tells it expires soon. */
    String FINDING = "WHERE centre_id = :centreId AND requirement_id IN (:requirementIds) AND (state IN (:failing) "
            + "OR state = 'attested' AND summary COLLATE utf8mb4_bin LIKE :expiringSoon)";

    @Query(STATE + "WHERE centre_id = :centreId")
    List<ComplianceStateRow> statesOf(long centreId);

    @Query(STATE + "WHERE centre_id = :centreId AND requirement_id = :requirementId")
    Optional<ComplianceStateRow> stateOf(long centreId, String requirementId);

    @Query(STATE + FINDING + " ORDER BY since, BINARY requirement_id LIMIT :limit OFFSET :offset")
    List<ComplianceStateRow> findings(long centreId, Collection<String> requirementIds, Collection<String> failing, String expiringSoon,
                                      int limit, int offset);

    @Query("SELECT COUNT(*) FROM compliance_state " + FINDING)
    long countFindings(long centreId, Collection<String> requirementIds, Collection<String> failing, String expiringSoon);

    /** 1 when this is the requirement's first state at the centre; 0 when another instance recorded one first. */
    @Query("INSERT IGNORE INTO compliance_state (centre_id, requirement_id, state, since, checked_at, summary, evidence, summary_key, "
            + "summary_args) VALUES (:centreId, :requirementId, :state, :at, :at, :summary, :evidence, :summaryKey, :summaryArgs)")
    int firstState(long centreId, String requirementId, String state, Instant at, String summary, String evidence,
                   @Nullable String summaryKey, @Nullable String summaryArgs);

    /** 1 when the state changed from {@code before}; 0 when another instance changed it first. */
    @Query("UPDATE compliance_state SET state = :state, since = :at, checked_at = :at, summary = :summary, evidence = :evidence, "
            + "summary_key = :summaryKey, summary_args = :summaryArgs WHERE centre_id = :centreId AND requirement_id = :requirementId "
            + "AND state = :before")
    int changeState(long centreId, String requirementId, String before, String state, Instant at, String summary, String evidence,
                    @Nullable String summaryKey, @Nullable String summaryArgs);

    /** The same state checked again with new words or evidence. */
    @Query("UPDATE compliance_state SET checked_at = :at, summary = :summary, evidence = :evidence, summary_key = :summaryKey, "
            + "summary_args = :summaryArgs WHERE centre_id = :centreId AND requirement_id = :requirementId")
    void checked(long centreId, String requirementId, Instant at, String summary, String evidence, @Nullable String summaryKey,
                 @Nullable String summaryArgs);

    @Query(CHANGE + "WHERE centre_id = :centreId AND requirement_id = :requirementId ORDER BY at, id")
    List<ComplianceStateChangeRow> history(long centreId, String requirementId);

    @Query(CHANGE + "WHERE centre_id = :centreId ORDER BY at DESC, id DESC LIMIT :most")
    List<ComplianceStateChangeRow> latest(long centreId, int most);

    @Query(CHANGE + "WHERE centre_id = :centreId AND at < :end ORDER BY at, id")
    List<ComplianceStateChangeRow> historyUntil(long centreId, Instant end);

    @Query(CHANGE + "WHERE centre_id = :centreId AND requirement_id = :requirementId AND at <= :at ORDER BY at DESC, id DESC LIMIT 1")
    Optional<ComplianceStateChangeRow> changeAt(long centreId, String requirementId, Instant at);
}

package vn.dcim.core.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HandoverRepository extends CrudRepository<HandoverEntry, Long> {
    // the writes below touch a draft only: an accepted handover never changes (Art. 12.1i)

    @Query("UPDATE shift_handover SET shift_start = :shiftStart, shift_end = :shiftEnd, span_source = :spanSource, summary = :summary "
            + "WHERE id = :id AND accepted_at IS NULL")
    int refresh(long id, Instant shiftStart, Instant shiftEnd, String spanSource, String summary);

    @Query("UPDATE shift_handover SET notes = :notes WHERE id = :id AND accepted_at IS NULL")
    int writeNotes(long id, @Nullable String notes);

    /** Accepted by {@code incoming}, another person than the outgoing one. */
    @Query("UPDATE shift_handover SET incoming = :incoming, accepted_at = :acceptedAt WHERE id = :id AND accepted_at IS NULL AND outgoing <> :incoming")
    int accept(long id, String incoming, Instant acceptedAt);

    Optional<HandoverEntry> findFirstByOutgoingAndAcceptedAtIsNullOrderByIdDesc(String outgoing);

    /** The 20 newest drafts of others than {@code reader}. */
    List<HandoverEntry> findTop20ByAcceptedAtIsNullAndOutgoingNotEqualOrderByIdDesc(String reader);

    String MATCHES = " WHERE (:withDrafts OR accepted_at IS NOT NULL) AND (:like IS NULL OR notes LIKE :like OR summary LIKE :like) "
            + "AND (:endsFrom IS NULL OR shift_end >= :endsFrom) AND (:startsBefore IS NULL OR shift_start < :startsBefore) "
            + "AND (:operator IS NULL OR outgoing = :operator OR incoming = :operator)";

    /** The operation log searched, newest shift first; a null condition matches every handover. */
    @Query(value = "SELECT * FROM shift_handover" + MATCHES + " ORDER BY shift_end DESC, id DESC",
            countQuery = "SELECT COUNT(*) FROM shift_handover" + MATCHES)
    Page<HandoverEntry> search(boolean withDrafts, @Nullable String like, @Nullable Instant endsFrom, @Nullable Instant startsBefore,
                               @Nullable String operator, Pageable pageable);

    /** The accepted handovers whose shift ended in [from, to), in time order. */
    @Query("SELECT * FROM shift_handover WHERE accepted_at IS NOT NULL AND shift_end >= :from AND shift_end < :to ORDER BY shift_end, id")
    List<HandoverEntry> findAcceptedEndingBetween(Instant from, Instant to);

    @Query("SELECT accepted_at FROM shift_handover WHERE accepted_at IS NOT NULL ORDER BY accepted_at DESC LIMIT 1")
    Optional<Instant> findLastAccepted();
}

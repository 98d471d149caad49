package vn.dcim.core.compliance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttestationRepository extends CrudRepository<AttestationRow, Long> {
    @Query("SELECT * FROM compliance_attestation ORDER BY attested_at, id")
    List<AttestationRow> allInOrder();

    @Query("SELECT * FROM compliance_attestation WHERE requirement_id = :requirementId ORDER BY attested_at DESC, id DESC")
    List<AttestationRow> ofRequirement(String requirementId);

    @Query("SELECT document_name AS name, document_type AS type, document AS content FROM compliance_attestation "
            + "WHERE requirement_id = :requirementId AND id = :id AND document IS NOT NULL")
    Optional<Attestations.Document> legacyDocument(String requirementId, long id);
}

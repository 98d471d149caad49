package vn.dcim.core.document;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EvidenceDocumentRepository extends CrudRepository<EvidenceDocument, Long> {
    /** The document without its content. */
    Optional<DocumentHead> searchById(Long id);
}

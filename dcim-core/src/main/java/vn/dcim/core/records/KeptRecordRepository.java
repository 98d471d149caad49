package vn.dcim.core.records;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KeptRecordRepository extends CrudRepository<KeptRecordEntry, Long> {
    /** The repository's order: the newest period first. */
    Sort NEWEST_PERIOD_FIRST = Sort.of(Sort.Order.desc("periodFrom"), Sort.Order.desc("id"));

    List<KeptRecordEntry> findAll(Sort sort);

    List<KeptRecordEntry> findByRecordType(RecordType recordType, Sort sort);
}

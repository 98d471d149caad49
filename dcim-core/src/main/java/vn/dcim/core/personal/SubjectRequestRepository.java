package vn.dcim.core.personal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SubjectRequestRepository extends CrudRepository<SubjectRequestRow, Long> {

    @Query("SELECT * FROM subject_request ORDER BY handled_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<SubjectRequestRow> newestFirst(int limit, int offset);
}

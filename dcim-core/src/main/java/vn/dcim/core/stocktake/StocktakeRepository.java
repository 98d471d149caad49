package vn.dcim.core.stocktake;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StocktakeRepository extends CrudRepository<Stocktake, Long> {
    List<Stocktake> findAllOrderByIdDesc();

    List<Stocktake> findBySiteIdInOrderByIdDesc(java.util.Collection<String> siteIds);
}

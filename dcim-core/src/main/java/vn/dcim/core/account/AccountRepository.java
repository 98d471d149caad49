package vn.dcim.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountRepository extends CrudRepository<Account, Long> {
    List<Account> findByStatus(AccountStatus status);

    Optional<Account> findBySystemNameAndUsername(String systemName, String username);

    List<Account> findBySystemNameOrderByUsername(String systemName);

    /** The first accounts by id that are not of {@code system}, cut in SQL. */
    @Query("SELECT * FROM account WHERE system_name IS NULL OR system_name <> :system ORDER BY id LIMIT :limit")
    List<Account> findNotOfSystem(String system, int limit);

    /** The full name of an account of {@code system}; none when it has no name. */
    @Query("SELECT full_name FROM account WHERE system_name = :system AND username = :username AND full_name IS NOT NULL AND full_name <> ''")
    Optional<String> findFullName(String system, String username);

    /** The user names and full names of the accounts of {@code system} that have a name. */
    @Query("SELECT username, full_name FROM account WHERE system_name = :system AND full_name IS NOT NULL AND full_name <> ''")
    List<PersonNames.Named> findFullNames(String system);
}

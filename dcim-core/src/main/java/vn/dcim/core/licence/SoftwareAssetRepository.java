package vn.dcim.core.licence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SoftwareAssetRepository extends CrudRepository<SoftwareAsset, Long> {
    List<SoftwareAsset> findAllOrderById();

    List<SoftwareAsset> findByIdInListOrderById(Collection<Long> ids);

    long countBySiteId(String siteId);

    // Art. 10.1, 10.3: the entries the software list's checks name, picked out in SQL

    @Query("SELECT id, name FROM software_asset WHERE licence_expiry < :today ORDER BY id")
    List<SoftwareRecords.Entry> findExpiredBefore(LocalDate today);

    @Query("SELECT id, name FROM software_asset WHERE licence_expiry < :today "
            // a non-space as \S, not as a POSIX class: its colon would start a named parameter here
            + "OR COALESCE(licence_information, '') NOT REGEXP '\\\\S' ORDER BY id")
    List<SoftwareRecords.Entry> findExpiredOrUnlicensed(LocalDate today);

    /** The entries missing one of the nine fields Art. 10.1 names. */
    @Query("SELECT id, name FROM software_asset WHERE asset_value IS NULL OR licence_information IS NULL OR licence_information = '' "
            + "OR purpose = '' OR scope_of_use = '' OR managing_body = '' OR version = '' OR storage_location = '' ORDER BY id")
    List<SoftwareRecords.Entry> findIncomplete();

    @Query("SELECT id, CONCAT_WS(' ', name, version) AS name, licence_expiry AS `end` FROM software_asset "
            + "WHERE licence_expiry IS NOT NULL ORDER BY id")
    List<SoftwareRecords.LicenceEnd> findLicenceEnds();
}

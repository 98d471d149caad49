package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
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

    // The software list's search (SoftwareFilter): one statement whose conditions drop out when their value is null
    // or their flag says "any". An IN list is never empty in SQL: a value no row has stands for "none".

    List<Long> NO_ID = List.of(-1L);

    /** RiskLevel's names, the least demanding first, as FIELD() numbers them from 1. */
    String LEVELS = "'low', 'medium', 'high'";

    /**
     * The software a list asks for. The risk class is the most demanding of the three ratings (RiskLevel.highest), a
     * missing one counting as low; the text compares in utf8mb4_unicode_520_ci, which ignores case and marks and
     * takes Đ for D, as Folded does: "quan ly" finds "Quản lý".
     */
    String FOUND = "(:siteId IS NULL OR site_id = :siteId) AND (:criticality IS NULL OR criticality = :criticality) "
            + "AND (:riskClass IS NULL OR GREATEST(1, FIELD(confidentiality, " + LEVELS + "), FIELD(integrity, " + LEVELS + "), "
            + "FIELD(availability, " + LEVELS + ")) = :riskClass) "
            + "AND (:licenceKind IS NULL OR licence_kind = :licenceKind) "
            + "AND (:expiringBefore IS NULL OR licence_expiry < :expiringBefore) "
            + "AND (:anyFinding = TRUE OR id IN (:withFinding)) "
            + "AND (:textLike IS NULL OR name COLLATE utf8mb4_unicode_520_ci LIKE :textLike "
            + "OR version COLLATE utf8mb4_unicode_520_ci LIKE :textLike OR managing_body COLLATE utf8mb4_unicode_520_ci LIKE :textLike)";

    /** The values of {@link #FOUND}. */
    record Search(@Nullable String siteId, @Nullable String criticality, @Nullable Integer riskClass, @Nullable String licenceKind,
                  @Nullable LocalDate expiringBefore, boolean anyFinding, Collection<Long> withFinding, @Nullable String textLike) {
    }

    /** A page of the software found, by id. */
    default List<SoftwareAsset> find(Search s, int limit, int offset) {
        return findFound(s.siteId(), s.criticality(), s.riskClass(), s.licenceKind(), s.expiringBefore(), s.anyFinding(),
                s.withFinding(), s.textLike(), limit, offset);
    }

    default long count(Search s) {
        return countFound(s.siteId(), s.criticality(), s.riskClass(), s.licenceKind(), s.expiringBefore(), s.anyFinding(),
                s.withFinding(), s.textLike());
    }

    @Query("SELECT * FROM software_asset WHERE " + FOUND + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<SoftwareAsset> findFound(@Nullable String siteId, @Nullable String criticality, @Nullable Integer riskClass,
                                  @Nullable String licenceKind, @Nullable LocalDate expiringBefore, boolean anyFinding,
                                  Collection<Long> withFinding, @Nullable String textLike, int limit, int offset);

    @Query("SELECT COUNT(*) FROM software_asset WHERE " + FOUND)
    long countFound(@Nullable String siteId, @Nullable String criticality, @Nullable Integer riskClass, @Nullable String licenceKind,
                    @Nullable LocalDate expiringBefore, boolean anyFinding, Collection<Long> withFinding, @Nullable String textLike);
}

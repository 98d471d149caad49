package vn.dcim.core.records;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.document.Documents;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The records repository by record type (Art. 12.1), each entry audited. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Records {
    private static final String COLUMNS = "id, record_type, title, period_from, period_to, stored_at, responsible, retention_years, created_by, created_at, document_id";
    private final Jdbc jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Documents documents;

    /** All entries, or those of one type, newest period first. */
    public List<KeptRecord> all(@Nullable RecordType type) {
        return type == null
                ? jdbc.list("read the records", "SELECT " + COLUMNS + " FROM kept_record ORDER BY period_from DESC, id DESC", this::row)
                : jdbc.list("read the records of a type", "SELECT " + COLUMNS + " FROM kept_record WHERE record_type = ? ORDER BY period_from DESC, id DESC",
                this::row, type.name());
    }

    public KeptRecord find(long id) {
        return jdbc.list("read a record", "SELECT " + COLUMNS + " FROM kept_record WHERE id = ?", this::row, id)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Record", id));
    }

    public KeptRecord add(RecordType type, String title, LocalDate from, @Nullable LocalDate to, String storedAt, String responsible,
                          int retentionYears, @Nullable Long documentId, String by) {
        if (to != null && to.isBefore(from)) {
            // both names in the message: either field may be the wrong one
            throw new InvalidInputException("periodTo", "periodTo " + to + " is before periodFrom " + from).explained("error.records.period", to, from);
        }
        if (documentId != null && documents.find(documentId).isEmpty()) {
            throw new InvalidInputException("documentId", "no uploaded document " + documentId + " (upload it first: POST /api/documents)")
                    .explained("error.document.unknown", documentId);
        }
        long id = jdbc.inTransaction("add a record", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kept_record (record_type, title, period_from, period_to, stored_at, "
                    + "responsible, retention_years, created_by, created_at, document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, type.name(), title, Date.valueOf(from), to == null ? null : Date.valueOf(to), storedAt, responsible,
                        retentionYears, by, Timestamp.from(clock.instant()), documentId);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        KeptRecord r = find(id);
        audit.record(by, "record", id, "create", null, r);
        return r;
    }

    private KeptRecord row(ResultSet rs) throws SQLException {
        Date to = rs.getDate(5);
        Object doc = rs.getObject(11);
        return new KeptRecord(rs.getLong(1), RecordType.valueOf(rs.getString(2)), rs.getString(3), rs.getDate(4).toLocalDate(),
                to == null ? null : to.toLocalDate(), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                doc == null ? null : documents.find(rs.getLong(11)).orElse(null));
    }
}

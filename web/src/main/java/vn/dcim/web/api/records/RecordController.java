package vn.dcim.web.api.records;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.records.KeptRecord;
import vn.dcim.core.records.RecordType;
import vn.dcim.core.records.Records;
import vn.dcim.web.security.SignedIn;

import java.time.LocalDate;
import java.util.List;

/** Art. 12.1: the records repository by record type, (a) to (k) of the article. */
@Tag(name = "Records")
@Controller("/api/records")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordController {
    private final Records records;

    @Serdeable
    public record RecordCommand(@NotNull RecordType recordType, @NotBlank @Size(max = 300) String title,
                                @NotNull LocalDate periodFrom, @Nullable LocalDate periodTo,
                                @NotBlank @Size(max = 500) String storedAt, @NotBlank @Size(max = 200) String responsible,
                                @NotNull @Min(1) @Max(100) Integer retentionYears, @Nullable @Min(1) Long documentId) {
    }

    @Operation(summary = "The records repository, newest period first; ?type=a..k (dd for đ) keeps one record type")
    @Get("{?type}")
    public List<KeptRecord> list(@Nullable @QueryValue RecordType type) {
        return records.all(type);
    }

    @Operation(summary = "One record")
    @Get("/{id}")
    public KeptRecord one(@PathVariable long id) {
        return records.find(id);
    }

    @Operation(summary = "Register a record: type, title, period covered, where it is kept, who answers for it, retention (Art. 12.1); "
            + "documentId: a document uploaded first (POST /api/documents), its evidence")
    @Post
    @Status(HttpStatus.CREATED)
    public KeptRecord add(@Valid @Body RecordCommand c, HttpRequest<?> request) {
        return records.add(c.recordType(), c.title(), c.periodFrom(), c.periodTo(), c.storedAt(), c.responsible(), c.retentionYears(),
                c.documentId(), SignedIn.name(request));
    }
}

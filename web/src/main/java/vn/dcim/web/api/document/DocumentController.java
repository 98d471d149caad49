package vn.dcim.web.api.document;

import vn.dcim.web.scope.ScopeAware;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.document.DocumentRefusedException;
import vn.dcim.core.document.Documents;
import vn.dcim.core.document.StoredDocument;
import vn.dcim.web.security.SignedIn;

/**
 * Evidence documents: uploaded once, then named by id as the evidence of an attestation
 * ({@code documentId} of POST /api/compliance/{id}/attestations) or of a record of the register
 * (POST /api/records, Art. 12.1). Kept encrypted; every upload and download audited.
 */
@Tag(name = "Documents")
@Controller("/api/documents")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DocumentController {
    private final Documents documents;
    private final Uploads uploads;

    @Operation(summary = "Upload a document (multipart field \"file\"): PDF, PNG/JPEG/GIF/WebP, Word/Excel/PowerPoint or OpenDocument, "
            + "at most DCIM_DOCUMENT_MAX_BYTES; 413 too large, 415 another type, 422 empty or a name with a folder")
    // JSON is routed here too, so that a role without the right is told 403 before the body's type is
    // looked at (RoleAccessSpec); a JSON body has no file part and is refused with 400
    @Post(consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Status(HttpStatus.CREATED)
    @ScopeAware
    public StoredDocument upload(CompletedFileUpload file, HttpRequest<?> request,
                                 @io.swagger.v3.oas.annotations.Parameter(hidden = true) vn.dcim.core.scope.Scope scope) {
        return uploads.store(file, SignedIn.name(request), scope, max -> new DocumentRefusedException(DocumentRefusedException.Why.too_large,
                "the document is " + file.getSize() + " bytes; at most " + max + " (DCIM_DOCUMENT_MAX_BYTES)"));
    }

    @Operation(summary = "A document's description (name, type, size, SHA-256, who uploaded it when)")
    @ScopeAware(id = ScopeAware.Id.document)
    @Get("/{id}/meta")
    public StoredDocument meta(@PathVariable long id) {
        return documents.get(id);
    }

    @Operation(summary = "Take a document away (decrypted; the download is audited with who took it)")
    @ScopeAware(id = ScopeAware.Id.document)
    @Get("/{id}")
    public HttpResponse<byte[]> download(@PathVariable long id, HttpRequest<?> request) {
        Documents.Content c = documents.open(id, SignedIn.name(request));
        String ascii = c.document().name().replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(c.bytes()).contentType(c.document().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }
}

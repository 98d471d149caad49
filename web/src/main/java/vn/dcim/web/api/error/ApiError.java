package vn.dcim.web.api.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The one error shape of the API: a status, a message and, for invalid input, the fields at fault. */
@Serdeable
public record ApiError(int status, String error, String message, List<FieldError> fields) {

    @Serdeable
    public record FieldError(String field, @Nullable String message) {
    }
}

package vn.dcim.web.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import io.netty.handler.codec.DecoderException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.FieldRefusal;
import vn.dcim.core.error.Refusal;
import vn.dcim.core.document.DocumentRefusedException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.i18n.Texts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Maps domain and validation failures to {@link ApiError} in one place (404, 409, 422). */
final class ApiErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandlers.class);

    private ApiErrorHandlers() {
    }

    /** Always JSON, whatever the route produces: a screen's refusal becomes a page later ({@link RefusalPages}). */
    static HttpResponse<ApiError> respond(HttpStatus status, String message, List<ApiError.FieldError> fields) {
        return HttpResponse.<ApiError>status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(status.getCode(), status.getReason(), message, fields));
    }

    /** "save.command.labelCode" → "labelCode": the client knows its fields, not our method names. */
    static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * A domain refusal answered with its kind's status and told in the reader's language; the field a
     * {@link FieldRefusal} names, if any, is listed with the same words. A refusal of a kind not in the table is a
     * fault of ours, answered by the safety net.
     */
    @Singleton
    @Produces
    @Requires(classes = {Refusal.class, ExceptionHandler.class})
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Refused implements ExceptionHandler<Refusal, HttpResponse<?>> {
        private static final Map<Class<? extends Refusal>, HttpStatus> STATUS = Map.of(
                NotFoundException.class, HttpStatus.NOT_FOUND,
                NotAllowedException.class, HttpStatus.FORBIDDEN,
                ConflictException.class, HttpStatus.CONFLICT,
                InvalidInputException.class, HttpStatus.UNPROCESSABLE_ENTITY);
        private final Texts texts;
        private final Unexpected unexpected;

        @Override
        public HttpResponse<?> handle(HttpRequest request, Refusal e) {
            HttpStatus status = statusOf(e.getClass());
            if (status == null) {
                return unexpected.handle(request, e);
            }
            String message = texts.of(request, e);
            String at = e instanceof FieldRefusal f ? f.field() : null;
            return respond(status, message, at == null ? List.of() : List.of(new ApiError.FieldError(at, message)));
        }

        /** The status of the nearest kind in the table (a refused password is invalid input). */
        private static HttpStatus statusOf(Class<?> kind) {
            for (Class<?> c = kind; c != null; c = c.getSuperclass()) {
                HttpStatus status = STATUS.get(c);
                if (status != null) {
                    return status;
                }
            }
            return null;
        }
    }

    /** An upload refused: too large 413, a type not kept or content not of its type 415, empty or badly named 422. */
    @Singleton
    @Produces
    @Requires(classes = {DocumentRefusedException.class, ExceptionHandler.class})
    static class DocumentRefused implements ExceptionHandler<DocumentRefusedException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DocumentRefusedException e) {
            HttpStatus status = switch (e.why()) {
                case too_large -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
                case wrong_type -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                case invalid -> HttpStatus.UNPROCESSABLE_ENTITY;
            };
            return respond(status, e.getMessage(), List.of(new ApiError.FieldError(e.field(), e.getMessage())));
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {ConstraintViolationException.class, ExceptionHandler.class})
    @Replaces(ConstraintExceptionHandler.class) // else two handlers compete and @Valid bodies answer 500
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Violations implements ExceptionHandler<ConstraintViolationException, HttpResponse<ApiError>> {
        private final Texts texts;

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConstraintViolationException e) {
            List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
                    .map(v -> new ApiError.FieldError(fieldOf(v), told(request, v)))
                    .sorted(Comparator.comparing(ApiError.FieldError::field))
                    .toList();
            return respond(HttpStatus.UNPROCESSABLE_ENTITY, texts.get(request, "error.invalid", "Invalid input"), fields);
        }

        /**
         * A constraint's complaint in the reader's language: "violation.Size.max-chars" and the like, with the
         * constraint's bounds as arguments {0} min, {1} max, {2} value, {3} integer, {4} fraction digits, {5} limit,
         * {6} days ahead; the validator's English text when the constraint has no key.
         */
        private String told(HttpRequest<?> request, ConstraintViolation<?> v) {
            try {
                var descriptor = v.getConstraintDescriptor();
                String name = descriptor.getAnnotation().annotationType().getSimpleName();
                Map<String, Object> a = descriptor.getAttributes();
                if (name.equals("Size")) {
                    boolean text = v.getInvalidValue() instanceof CharSequence;
                    boolean noMin = Integer.valueOf(0).equals(a.get("min"));
                    boolean noMax = Integer.valueOf(Integer.MAX_VALUE).equals(a.get("max"));
                    name += (noMin ? ".max" : noMax ? ".min" : "") + (text ? "-chars" : "-items");
                }
                return texts.get(request, "violation." + name, v.getMessage(), a.get("min"), a.get("max"), a.get("value"),
                        a.get("integer"), a.get("fraction"), a.get("limit"), a.get("aheadDays"));
            } catch (RuntimeException unreadable) {
                return v.getMessage();
            }
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {ConversionErrorException.class, ExceptionHandler.class})
    @Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Unreadable implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiError>> {
        private final Texts texts;

        /** The field and, in the reader's language, that its value cannot be read; the reader's own complaint stays as detail. */
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConversionErrorException e) {
            String field = JsonFieldAt.find(request, e).orElse(e.getArgument().getName());
            String why = JsonFieldAt.reason(e.getConversionError().getCause());
            String told = texts.get(request, "error.unreadable", "the value cannot be read");
            return respond(HttpStatus.UNPROCESSABLE_ENTITY, field + ": " + told + " (" + why + ")",
                    List.of(new ApiError.FieldError(field, told)));
        }
    }

    /**
     * A request refused with a 400 and one warning line in the log, no stack trace: the caller's fault, which a few
     * hundred callers must not turn into a flood of logged errors.
     */
    abstract static class LoggedBadRequest<E extends Exception> implements ExceptionHandler<E, HttpResponse<?>> {
        private final Texts texts;
        /** Why the request was refused, for the log line, before the exception's own words. */
        private final String why;

        LoggedBadRequest(Texts texts, String why) {
            this.texts = texts;
            this.why = why;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, E e) {
            LOG.warn("{} {} refused: {}: {}", request.getMethod(), request.getPath(), why, e.getMessage());
            return respond(HttpStatus.BAD_REQUEST, texts.get(request, "error.undecodable-body", "The body cannot be read"), List.of());
        }
    }

    /**
     * A body its decoder cannot read (a form field with a broken %-escape, a torn multipart part): the caller's
     * fault, told as a 400 instead of the safety net's 500. Any body the server's decoder refuses lands here.
     */
    @Singleton
    @Produces
    @Requires(classes = {DecoderException.class, ExceptionHandler.class})
    static class UndecodableBody extends LoggedBadRequest<DecoderException> {
        UndecodableBody(Texts texts) {
            super(texts, "its body cannot be decoded");
        }
    }

    /**
     * A caller that hung up before its body was complete (a script stopped, a terminal lost its link, a slow client
     * given up on): nobody is left to read an answer. Only a request that carries a body can have it cut short; an
     * end of input met anywhere else (a file, a stream of our own) is a fault of ours, answered by the safety net.
     */
    @Singleton
    @Produces
    @Requires(classes = ExceptionHandler.class)
    static class BodyCutShort extends LoggedBadRequest<EOFException> {
        private final Unexpected unexpected;

        BodyCutShort(Texts texts, Unexpected unexpected) {
            super(texts, "its body was cut short");
            this.unexpected = unexpected;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, EOFException e) {
            boolean carriesBody = request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
            return carriesBody ? super.handle(request, e) : unexpected.handle(request, e);
        }
    }

    /**
     * The safety net behind validation at the edge: whatever still escapes a handler is answered
     * without its message, so no SQL text, column list or stack reaches a client. A database that
     * cannot be reached is a 503 with Retry-After ({@link Unavailable}); a value the
     * database refused (SQLSTATE class 22: too long, out of range, bad date) is a 422 naming the
     * column's field; a constraint it broke (class 23) a 409. Everything else is a logged 500.
     */
    @Singleton
    @Produces
    @Requires(classes = ExceptionHandler.class)
    static class Unexpected implements ExceptionHandler<Exception, HttpResponse<?>> {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Unexpected.class);
        private final Texts texts;
        private final Unavailable unavailable;
        @io.micronaut.core.annotation.Nullable
        private final vn.dcim.core.db.DatabaseReachability database;

        Unexpected(Texts texts, Unavailable unavailable, @io.micronaut.core.annotation.Nullable vn.dcim.core.db.DatabaseReachability database) {
            this.texts = texts;
            this.unavailable = unavailable;
            this.database = database;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, Exception e) {
            java.sql.SQLException sql = DatabaseRefusal.sqlCause(e);
            // the first requests of an outage, before the probe has noticed it: a connection that broke under the
            // request is told apart from a refusal by asking the probe now
            if (DatabaseRefusal.isUnreachable(e) || DatabaseRefusal.fromDatabase(e) && !isRefusal(sql)
                    && database != null && !database.probeNow().reachable()) {
                LOG.warn("{} {}: the database cannot be reached: {}", request.getMethod(), request.getPath(), e.getMessage());
                return unavailable.answer(request);
            }
            if (sql != null && DatabaseRefusal.isBadValue(sql)) {
                LOG.warn("{} {}: the database refused a value: {}", request.getMethod(), request.getPath(), sql.getMessage());
                String field = DatabaseRefusal.field(sql);
                return respond(HttpStatus.UNPROCESSABLE_ENTITY, texts.get(request, "error.does-not-fit", "A value does not fit its field"),
                        field == null ? List.of() : List.of(new ApiError.FieldError(field, "does not fit")));
            }
            if (sql != null && DatabaseRefusal.isConflict(sql)) {
                LOG.warn("{} {}: the database refused a change: {}", request.getMethod(), request.getPath(), sql.getMessage());
                return respond(HttpStatus.CONFLICT, texts.get(request, "error.stored-conflict", "The change conflicts with stored data"), List.of());
            }
            LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
            return respond(HttpStatus.INTERNAL_SERVER_ERROR, texts.get(request, "error.internal", "Internal error"), List.of());
        }

        private static boolean isRefusal(@io.micronaut.core.annotation.Nullable java.sql.SQLException sql) {
            return sql != null && (DatabaseRefusal.isBadValue(sql) || DatabaseRefusal.isConflict(sql));
        }
    }
}

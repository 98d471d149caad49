package vn.dcim.web.scope;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.scope.Scope;

/** A controller method that takes a {@link Scope} gets the caller's. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScopeArgumentBinder implements TypedRequestArgumentBinder<Scope> {
    private final RequestScope scopes;

    @Override
    public Argument<Scope> argumentType() {
        return Argument.of(Scope.class);
    }

    @Override
    public BindingResult<Scope> bind(ArgumentConversionContext<Scope> context, HttpRequest<?> source) {
        Scope scope = scopes.of(source);
        return () -> java.util.Optional.of(scope);
    }
}

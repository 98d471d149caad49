package vn.dcim.web.testing

import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpResponse
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.annotation.Filter
import io.micronaut.http.filter.ClientFilterChain
import io.micronaut.http.filter.HttpClientFilter
import org.reactivestreams.Publisher
import reactor.core.publisher.Mono
import reactor.core.scheduler.Schedulers

/**
 * The specs' HTTP client signs in: a request without its own `Authorization` header goes out with
 * the bearer token of a person holding every role, taken from the real `POST /login`. A spec that
 * tests anonymous callers sends the header {@link #ANONYMOUS}; one that tests a role sends that
 * role's token itself.
 */
@Filter('/**')
class SignedInClientFilter implements HttpClientFilter {
    static final String ANONYMOUS = 'X-Spec-Anonymous'

    private final TestUsers users

    SignedInClientFilter(TestUsers users) {
        this.users = users
    }

    @Override
    Publisher<? extends HttpResponse<?>> doFilter(MutableHttpRequest<?> request, ClientFilterChain chain) {
        if (request.headers.contains(ANONYMOUS)) {
            request.headers.remove(ANONYMOUS)
            return chain.proceed(request)
        }
        if (request.headers.contains(HttpHeaders.AUTHORIZATION) || request.path in ['/login', '/setup']) {
            return chain.proceed(request)
        }
        // signing in reads the database and calls the server: never on the client's event loop
        Mono.fromCallable { users.token() }
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany { String token -> chain.proceed(request.bearerAuth(token)) }
    }
}

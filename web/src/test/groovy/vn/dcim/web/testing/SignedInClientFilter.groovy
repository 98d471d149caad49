package vn.dcim.web.testing

import io.micronaut.context.BeanContext
import io.micronaut.context.BeanProvider
import io.micronaut.http.HttpHeaders
import io.micronaut.runtime.server.EmbeddedServer
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

    // looked up at the first request: the product's own HTTP clients (the sign-on provider's discovery, keys and
    // token endpoint) are made while the server starts, and the server is what TestUsers needs
    private final BeanProvider<TestUsers> users
    private final BeanContext beans

    SignedInClientFilter(BeanProvider<TestUsers> users, BeanContext beans) {
        this.users = users
        this.beans = beans
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
        // a call before the spec's server is up, or to another server (the sign-on provider's discovery while the
        // server starts): the product's own, not the spec's; asking for the server then would start it within itself
        def servers = beans.getActiveBeanRegistrations(EmbeddedServer)
        if (servers.isEmpty() || (request.uri.port > 0 && request.uri.port != servers.first().bean.port)) {
            return chain.proceed(request)
        }
        // signing in reads the database and calls the server: never on the client's event loop
        Mono.fromCallable { users.get().token() }
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany { String token -> chain.proceed(request.bearerAuth(token)) }
    }
}

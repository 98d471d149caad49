package vn.dcim.web.testing

import io.micronaut.http.client.exceptions.HttpClientResponseException

/** The error answer of a call through Micronaut's client that a spec expects to be refused. */
class Refused {
    /** What {@code call} was answered with; a call that succeeds fails the spec. */
    static HttpClientResponseException failure(Closure call) {
        try {
            call()
        } catch (HttpClientResponseException e) {
            return e
        }
        throw new AssertionError('expected an error response')
    }
}

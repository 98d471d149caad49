package vn.dcim.core.testing

import java.nio.charset.StandardCharsets
import java.security.MessageDigest

/**
 * HTTP Digest (RFC 7616) as a client computes it, for the specs that play a device answering the push
 * receiver's challenge: read a challenge's auth-params, answer it with qop=auth.
 */
class DigestClient {
    /** H() of the algorithm (MD5, SHA-256, and their -sess forms), hex. */
    static String h(String algorithm, String s) {
        MessageDigest.getInstance(algorithm.replace('-sess', '').replace('-SESS', '')).digest(s.getBytes(StandardCharsets.UTF_8)).encodeHex().toString()
    }

    /** The auth-params of one WWW-Authenticate value. */
    static Map<String, String> challengeParams(String challenge) {
        Map<String, String> out = [:]
        (challenge =~ /(\w+)=(?:"([^"]*)"|([^,\s]+))/).each { List<String> m -> out[m[1]] = m[2] ?: m[3] }
        out
    }

    /** RFC 7616 section 3.4.1: the Authorization value answering challenge {@code c} (its realm and nonce) for a POST to {@code uri}. */
    static String digest(Map<String, String> c, String algorithm, String user, String password, String uri, String nc = '00000001',
                         String cnonce = UUID.randomUUID().toString().replace('-', '')) {
        String ha1 = h(algorithm, "$user:${c.realm}:$password")
        if (algorithm.endsWith('-sess')) {
            ha1 = h(algorithm, "$ha1:${c.nonce}:$cnonce")
        }
        String ha2 = h(algorithm, "POST:$uri")
        String response = h(algorithm, "$ha1:${c.nonce}:$nc:$cnonce:auth:$ha2")
        "Digest username=\"$user\", realm=\"${c.realm}\", nonce=\"${c.nonce}\", uri=\"$uri\", algorithm=$algorithm, " +
                "qop=auth, nc=$nc, cnonce=\"$cnonce\", response=\"$response\""
    }
}

package vn.dcim.core.outbound

import spock.lang.Requires
import spock.lang.Specification

/**
 * Which addresses count as internal (Art. 25, request forgery): refused for a listed host unless its
 * entry allows internal addresses. The product's own ports are internal only on this machine.
 */
class OutboundPolicySpec extends Specification {
    static final OwnPorts OWN = new OwnPorts(8080, 8443, 'jdbc:mariadb://127.0.0.1:3307/dcim', 'tcp://127.0.0.1:1883')
    static final OutboundPolicy POLICY = new OutboundPolicy(null, null, OWN)

    /** An address of this machine that is not loopback (the container's own), if it has one. */
    static String localAddress() {
        NetworkInterface.networkInterfaces.toList().collectMany { it.inetAddresses.toList() }
                .find { it instanceof Inet4Address && !it.loopbackAddress && !it.linkLocalAddress }?.hostAddress
    }

    def "#address port #port is #expected"() {
        expect:
        POLICY.internal(InetAddress.getByName(address), port).orElse('outside') == expected

        where:
        address            | port || expected
        '127.0.0.1'        | 443  || 'a loopback address'
        '127.8.9.10'       | 80   || 'a loopback address'
        '::1'              | 443  || 'a loopback address'
        '::ffff:127.0.0.1' | 443  || 'a loopback address'
        '0.0.0.0'          | 80   || 'an unspecified address'
        '0.1.2.3'          | 80   || 'an unspecified address'
        '::'               | 80   || 'an unspecified address'
        '169.254.169.254'  | 80   || 'a link-local address'
        'fe80::1'          | 80   || 'a link-local address'
        '224.0.0.1'        | 80   || 'a multicast address'
        '203.0.113.7'      | 3307 || 'outside'
        '203.0.113.7'      | 443  || 'outside'
    }

    @Requires({ localAddress() != null })
    def "the product's own port #port on this machine's own address is internal, another port is not"() {
        expect:
        POLICY.internal(InetAddress.getByName(localAddress()), port).orElse('outside') == expected

        where:
        port || expected
        8080 || "the product's own port 8080 on this machine"
        8443 || "the product's own port 8443 on this machine"
        3307 || "the product's own port 3307 on this machine"
        1883 || "the product's own port 1883 on this machine"
        9999 || 'outside'
    }
}

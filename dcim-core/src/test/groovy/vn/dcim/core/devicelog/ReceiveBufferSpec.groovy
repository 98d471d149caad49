package vn.dcim.core.devicelog

import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

/** The start's line about a receiver's UDP buffer tells the kernel's real cap (net.core.rmem_max). */
@Requires({ new File('/proc/sys/net/core/rmem_max').canRead() })
class ReceiveBufferSpec extends Specification {
    @Shared long cap = new File('/proc/sys/net/core/rmem_max').text.trim() as long

    def "the cap is read whole from /proc (a file that tells the JVM it is empty)"() {
        expect:
        ReceiveBuffer.rmemMax() == cap
    }

    def "asking #asked tells #told"() {
        expect:
        ReceiveBuffer.told(asked as int, 4096).contains('capped by net.core.rmem_max') == capped

        where:
        asked        | capped
        cap          | false
        cap + 1      | true

        told = capped ? 'the cap' : 'no cap'
    }
}

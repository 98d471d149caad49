package vn.dcim.core.compliance

import spock.lang.Specification

import java.time.Instant

/** Art. 25.3: the UI and API transmit encrypted only when plain HTTP is off or redirects to HTTPS. */
class EncryptedTransmissionSpec extends Specification {

    def "HTTPS #https, plain listener #dual, redirect #redirect: Art. 25.3 #verdict (#evidence)"() {
        when:
        def status = new EncryptedTransmissionCheck(https, false, dual, redirect, 8443).judge(Instant.now(), PolicyProfiles.load('bac-kan'))

        then:
        status.state().name() == verdict
        status.summary().contains(evidence)

        where:
        https | dual  | redirect || verdict         | evidence
        false | false | false    || 'non_compliant' | 'plain HTTP: HTTPS is off (set DCIM_HTTPS=true'
        true  | true  | false    || 'non_compliant' | 'plain HTTP is served beside it (DCIM_HTTP=on'
        true  | true  | true     || 'compliant' | 'HTTPS on port 8443; plain HTTP only redirects to it (DCIM_HTTP=redirect)'
        true  | false | false    || 'compliant' | 'HTTPS on port 8443; plain HTTP off (DCIM_HTTP=off)'
    }
}

package vn.dcim.core.push

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.crypto.Digests
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.core.db.Jdbc
import vn.dcim.core.db.SqlTime
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.DigestClient
import vn.dcim.core.testing.MariaDbSpec

import java.time.Clock
import java.time.Instant

/**
 * RFC 7616 section 5.5: a Digest answer is taken once, whichever instance of the product hears it.
 * Two PushAuthentication services share one database (and the key directory, as instances of one center
 * do) and nothing else: an answer taken by one is refused as replayed by the other. The memory is the
 * table push_digest_seen (V123), pruned of the answers whose nonce is older than the nonce max age.
 */
@MicronautTest(transactional = false)
class PushDigestReplaySpec extends MariaDbSpec {
    static final String DEVICE = 'door-replay'
    static final String URI = '/push/isapi'

    @Inject PushAuthentication first
    @Inject PushCredentials credentials
    @Inject KeyDirectory keys
    @Inject PushSettings settings
    @Inject Clock clock
    @Inject Jdbc jdbc
    @Inject DigestAnswerSeenRepository seen
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Shared String token

    def setup() {
        if (!sites.existsById('replay')) {
            sites.save(new Site('replay', 'Replay site', null, null))
            devices.save(MonitoredDevice.mqtt(DEVICE, 'replay', null, 'Door replay'))
            token = credentials.issue(DEVICE, 'hikvision-isapi', null, null, null, 'spec').token()
        }
    }

    /** Another instance of the product: its own service, the same database and key directory. */
    PushAuthentication another() {
        new PushAuthentication(credentials, keys, settings, clock, seen)
    }

    def "an answer taken by instance #took is refused as replayed by instance #replayedAt; the next nc is taken there"() {
        given:
        def instances = [A: first, B: another()]
        String nonce = nonceOf(instances[took].challenges(false))
        String header = answer(nonce, '00000001', 'cn-' + took)

        when:
        def taken = instances[took].authenticate('hikvision-isapi', 'POST', URI, header)
        def replayed = instances[replayedAt].authenticate('hikvision-isapi', 'POST', URI, header)
        def next = instances[replayedAt].authenticate('hikvision-isapi', 'POST', URI, answer(nonce, '00000002', 'cn-' + took))

        then:
        taken instanceof PushAuthentication.Outcome.Authenticated
        (replayed as PushAuthentication.Outcome.Refused).refusal() == PushAuthentication.Refusal.replayed
        next instanceof PushAuthentication.Outcome.Authenticated

        where:
        took | replayedAt
        'A'  | 'B'
        'B'  | 'A'
    }

    def "the answers of expired nonces are pruned, those of live nonces kept"() {
        given: 'one answer whose nonce expired a minute ago, one whose nonce lives four more minutes'
        Instant now = clock.instant()
        jdbc.update('spec', 'INSERT INTO push_digest_seen (response_key, expires_at) VALUES (?, ?), (?, ?)',
                'e' * 64, SqlTime.of(now.minusSeconds(60)), 'f' * 64, SqlTime.of(now.plusSeconds(240)))

        String nonce = nonceOf(first.challenges(false))

        when: 'an instance takes its first answer'
        def outcome = another().authenticate('hikvision-isapi', 'POST', URI, answer(nonce, '00000001', 'prune'))

        then: 'the expired one is gone; the live one and the answer just taken are kept'
        outcome instanceof PushAuthentication.Outcome.Authenticated
        !keysSeen().contains('e' * 64)
        keysSeen().contains('f' * 64)
        keysSeen().contains(Digests.hex('SHA-256', "$nonce:00000001:prune"))
    }

    // ---------------------------------------------------------------- helpers

    List<String> keysSeen() {
        jdbc.list('spec', 'SELECT response_key FROM push_digest_seen', { it.getString(1) })
    }

    static String nonceOf(List<String> challenges) {
        DigestClient.challengeParams(challenges.find { it.startsWith('Digest ') }).nonce
    }

    /** RFC 7616 section 3.4.1 with SHA-256, as a client computes it. */
    String answer(String nonce, String nc, String cnonce) {
        DigestClient.digest([realm: 'dcim-push', nonce: nonce], 'SHA-256', DEVICE, token, URI, nc, cnonce)
    }
}

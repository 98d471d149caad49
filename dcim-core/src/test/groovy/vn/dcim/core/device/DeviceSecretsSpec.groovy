package vn.dcim.core.device

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

/**
 * Art. 30.7c, 15.1d: SNMP communities and v3 passwords are encrypted by the application before they
 * reach the database, read back transparently, bound to their column, and the plain values of an
 * installation from before are encrypted in the background after the upgrade.
 */
@MicronautTest(transactional = false)
class DeviceSecretsSpec extends MariaDbSpec {

    @Inject MonitoredDeviceRepository devices
    @Inject SiteRepository sites
    @Inject DeviceSecretsEncryption encryption
    @Inject vn.dcim.core.db.Jdbc jdbc
    @Inject DataSource dataSource

    Sql sql

    def setup() {
        sql = new Sql(dataSource)
        if (!sites.existsById('sec')) {
            sites.save(new Site('sec', 'Secrets site', null, null))
        }
    }

    MonitoredDevice v3(String id) {
        new MonitoredDevice(id, 'sec', null, 'UPS v3', Protocol.snmp, '127.0.0.1', 161, '3', 'public-xyz', 'dcim',
                'SHA', 'auth-pass-123', 'AES', 'priv-pass-456', null, 60, 2000, 1, true)
    }

    Map raw(String id) {
        sql.rows('SELECT community, v3_auth_pass, v3_priv_pass FROM monitored_device WHERE id = ?', [id])[0]
    }

    def "a saved community and v3 passwords are ciphertext in the database and plain to the poller"() {
        when:
        devices.save(v3('ups-sec-1'))

        then: 'the columns hold none of the secrets'
        def stored = raw('ups-sec-1')
        stored.values().every { it.startsWith('enc:v1:') }
        !stored.community.contains('public-xyz')
        !stored.v3_auth_pass.contains('auth-pass-123')
        !stored.v3_priv_pass.contains('priv-pass-456')

        and: 'what the poller reads is the secret'
        with(devices.findByProtocolAndEnabled(Protocol.snmp, true).find { it.id() == 'ups-sec-1' }) {
            community() == 'public-xyz'
            v3AuthPass() == 'auth-pass-123'
            v3PrivPass() == 'priv-pass-456'
        }

        and: 'the same secret encrypts differently each time'
        devices.update(devices.findById('ups-sec-1').get())
        raw('ups-sec-1').community != stored.community
    }

    def "a ciphertext moved into another column does not decrypt"() {
        given:
        devices.save(v3('ups-sec-2'))
        sql.update('UPDATE monitored_device SET v3_auth_pass = community WHERE id = ?', ['ups-sec-2'])

        when:
        devices.findById('ups-sec-2')

        then:
        def e = thrown(Exception)
        !e.toString().contains('public-xyz')
    }

    /** Runs the background migration's batches from the first key to the end, as BackgroundMigrations does. */
    int runToEnd() {
        String key = null
        int rows = 0
        while (true) {
            def batch = jdbc.inTransaction { encryption.run(key, 2) }
            if (batch.done()) {
                return rows
            }
            key = batch.lastKey()
            rows += batch.rows()
        }
    }

    def "the plain secrets of an installation from before are encrypted in the background, and read the same meanwhile"() {
        given: 'a device written before the upgrade, its secrets in plain text'
        devices.save(v3('ups-sec-3'))
        sql.update("UPDATE monitored_device SET community = 'legacy-public', v3_auth_pass = 'legacy-auth', v3_priv_pass = NULL WHERE id = ?",
                ['ups-sec-3'])
        assert devices.findById('ups-sec-3').get().community() == 'legacy-public'

        when: 'its background migration runs in batches of two devices'
        int looked = runToEnd()

        then:
        looked >= 1
        with(raw('ups-sec-3')) {
            community.startsWith('enc:v1:')
            !community.contains('legacy-public')
            v3_auth_pass.startsWith('enc:v1:')
            v3_priv_pass == null
        }
        with(devices.findById('ups-sec-3').get()) {
            community() == 'legacy-public'
            v3AuthPass() == 'legacy-auth'
        }

        and: 'a batch run again changes nothing: encrypted values stay as they are'
        def sealed = raw('ups-sec-3').community
        runToEnd() >= 1
        raw('ups-sec-3').community == sealed
    }
}

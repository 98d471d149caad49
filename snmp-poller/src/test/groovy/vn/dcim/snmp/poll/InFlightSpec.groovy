package vn.dcim.snmp.poll

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.CountingRelay
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * A poll asks an agent a few requests at a time, however many tables its profiles walk: a sensor probe's profiles
 * walk about a hundred tables, and asked all at once snmpsim (like an embedded card) answered the last ones after
 * their timeout, so their walks stopped short and every one was sent again. Here the agent is a recording cut to one
 * table (no system group: the profiles are chosen by what it answers), written to a temporary directory from
 * ../shared (test data under its own licence, never copied into the tree), and polled through a relay that counts.
 */
class InFlightSpec extends Specification {
    static final String TABLE = '1.3.6.1.4.1.3854.1.2.2.1.18.1.'  // the sensor probe's dry contacts

    @Shared ProfileCatalog catalog = ProfileCatalog.load()
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()
    @Shared Path cuts = Files.createTempDirectory('snmprec-one-table')
    @Shared Path cut = cutToOneTable()
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([cut])
    @Shared @AutoCleanup CountingRelay relay = new CountingRelay(sim.port)

    def cleanupSpec() {
        cuts.toFile().deleteDir()
    }

    def "a walk cut to one table is read with at most #window requests in flight and none sent twice"() {
        given:
        long sentBefore = client.guards().requests()
        relay.reset()
        int rows = Files.readAllLines(cut).count { it.startsWith(TABLE + '3.') }

        when:
        PollResult r = new DevicePoller(client, catalog).poll(new AgentAddress('127.0.0.1', relay.port, '2c', 'akcp-one-table',
                null, null, null, null, null, 3000, 1), null).get(120, TimeUnit.SECONDS)
        long sent = client.guards().requests() - sentBefore

        then: 'the profiles that walk many tables were chosen, and the table was read whole'
        r.profiles().size() > 1
        r.values().count { it.oid().startsWith(TABLE + '3.') } == rows
        r.problems().findAll { it.contains('timeout') }.isEmpty()

        and: 'the agent never had more than the window to answer at once, and no request timed out and went again'
        sent > 20
        relay.mostInFlight() <= window
        relay.requests() == sent

        where:
        window = SnmpClient.IN_FLIGHT_PER_AGENT
    }

    private Path cutToOneTable() {
        Path out = cuts.resolve('akcp-one-table.snmprec')
        Files.write(out, Files.readAllLines(SharedData.devices().resolve('akcp_serverprobe8.snmprec')).findAll { it.startsWith(TABLE) })
        out
    }
}

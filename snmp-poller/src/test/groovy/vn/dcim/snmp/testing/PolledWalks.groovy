package vn.dcim.snmp.testing

import vn.dcim.snmp.poll.AgentAddress
import vn.dcim.snmp.poll.DevicePoller
import vn.dcim.snmp.poll.PollResult
import vn.dcim.snmp.poll.SnmpClient
import vn.dcim.snmp.profile.ProfileCatalog

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

/**
 * Walks served by snmpsim and polled with the shipped profiles, as the conformance specs need them: each walk is
 * polled once, under its name (the community snmpsim serves it under), and kept for the rows that ask again.
 */
class PolledWalks implements AutoCloseable {
    final Snmpsim sim
    private final SnmpClient client = new SnmpClient()
    private final DevicePoller poller = new DevicePoller(client, ProfileCatalog.load())
    private final int timeoutMs
    private final int retries
    private final Map<String, PollResult> polled = [:]

    private PolledWalks(Snmpsim sim, int timeoutMs, int retries) {
        this.sim = sim
        this.timeoutMs = timeoutMs
        this.retries = retries
    }

    /** Polled with a 3 s timeout and one retry a request. */
    static PolledWalks serve(List<Path> walks, int timeoutMs = 3000, int retries = 1) {
        new PolledWalks(Snmpsim.serve(walks), timeoutMs, retries)
    }

    /** The .snmprec walks of a folder on the test class path, by name. */
    static List<Path> walksIn(String folder) {
        walksIn(Paths.get(PolledWalks.getResource(folder).toURI()))
    }

    static List<Path> walksIn(Path dir) {
        Files.list(dir).findAll { it.toString().endsWith('.snmprec') }.sort()
    }

    /** One walk served on its own and polled once, under its file's name (the community snmpsim serves it under). */
    static PollResult pollOnce(Path walk) {
        serve([walk]).withCloseable { PolledWalks served -> served.poll(walk.fileName.toString() - '.snmprec') }
    }

    PollResult poll(String walk) {
        polled.computeIfAbsent(walk) {
            poller.poll(new AgentAddress('127.0.0.1', sim.port, '2c', walk, null, null, null, null, null, timeoutMs, retries), null).get()
        }
    }

    /** Each value the poll read, by its OID. */
    Map<String, Double> readings(String walk) {
        poll(walk).values().collectEntries { [(it.oid()): it.value()] }
    }

    @Override
    void close() {
        client.close()
        sim.close()
    }
}

package vn.dcim.snmp.poll;

import vn.dcim.core.threads.NamedThreads;
import vn.dcim.snmp.poll.SnmpException.Failure;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Why an agent did not answer, as far as the network lets us tell. SNMPv1/v2c agents drop a request
 * with a wrong community without a word, so a wrong community and a host that is down both look like
 * a timeout to SNMP. Two more questions tell them apart in most networks:
 * <ol>
 *   <li>a datagram to the agent's port on a connected socket: a host that is up but runs no agent
 *       there answers with ICMP port unreachable;</li>
 *   <li>is the host reachable at all (ICMP echo, or TCP echo without the privilege): if it is, its
 *       agent heard us and chose silence, which is what a wrong community (or an access list that
 *       excludes us) looks like.</li>
 * </ol>
 * A host that answers neither is reported as down or unreachable; a firewall that drops everything
 * looks the same, and the message says so rather than pretend to know.
 */
final class Silence {
    /** Blocking network questions, off the SNMP and ticker threads; few, so a mass outage queues them. */
    private static final ExecutorService DIAGNOSIS = NamedThreads.fixed("snmp-silence-diagnosis", 2);
    /** An empty SEQUENCE: no agent takes it for a request, and it is enough to draw a port unreachable. */
    private static final byte[] PROBE = {0x30, 0x00};

    /** The two questions, apart so that a spec can play a network that answers neither (a sandbox rejects everything). */
    interface Network {
        /** Whether the host answered a datagram to the port with ICMP port unreachable. */
        boolean portUnreachable(InetAddress host, int port, int waitMs) throws IOException;

        /** Whether the host answers at all (ICMP echo, or TCP echo without the privilege). */
        boolean reachable(InetAddress host, int waitMs) throws IOException;
    }

    static final Network REAL = new Network() {
        @Override
        public boolean portUnreachable(InetAddress host, int port, int waitMs) throws IOException {
            return Silence.portUnreachable(host, port, waitMs);
        }

        @Override
        public boolean reachable(InetAddress host, int waitMs) throws IOException {
            return host.isReachable(waitMs);
        }
    };

    private Silence() {
    }

    /** The timeout told apart, or the failure as it was when it is not a plain timeout. */
    static CompletableFuture<Throwable> explain(AgentAddress agent, Throwable failure) {
        if (!(SnmpException.of(failure) instanceof SnmpException e) || e.failure() != Failure.no_answer) {
            return CompletableFuture.completedFuture(SnmpException.of(failure));
        }
        return CompletableFuture.supplyAsync(() -> explain(agent, REAL), DIAGNOSIS);
    }

    static SnmpException explain(AgentAddress agent, Network network) {
        String where = agent.host() + ":" + agent.port();
        int wait = Math.max(300, Math.min(agent.timeoutMs(), 2000));
        try {
            InetAddress host = InetAddress.getByName(agent.host());
            if (network.portUnreachable(host, agent.port(), wait)) {
                return new SnmpException("timeout: no answer from " + where + ": the host (or a firewall on the way) says no one listens on UDP port "
                        + agent.port() + " (ICMP port unreachable): is the SNMP agent running, on this port?", Failure.port_unreachable);
            }
            if (network.reachable(host, wait)) {
                String why = agent.isV3()
                        ? "its agent ignores us: a wrong privacy pass phrase or protocol (agents drop what they cannot decrypt "
                          + "without a report), an access list that excludes this poller, or SNMPv3 switched off"
                        : "its agent ignores us: a wrong community (SNMPv" + agent.version() + " agents drop those without a word), "
                          + "an access list that excludes this poller, or SNMPv" + agent.version() + " switched off";
                return new SnmpException("timeout: no answer from " + where + "; the host answers ping, so " + why, Failure.silent_agent);
            }
        } catch (IOException | RuntimeException e) {
            // the questions could not be asked (no route): the plain answer below is all we know
        }
        return new SnmpException("timeout: no answer from " + where + " within " + agent.timeoutMs() + " ms × " + (agent.retries() + 1)
                + ", nor to ping: host down or unreachable (or a firewall drops everything; "
                + (agent.isV3() ? "" : "a wrong community looks the same from here; ") + "check the network first)", Failure.no_answer);
    }

    private static boolean portUnreachable(InetAddress host, int port, int waitMs) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(host, port));
            socket.setSoTimeout(waitMs);
            socket.send(new DatagramPacket(PROBE, PROBE.length));
            socket.receive(new DatagramPacket(new byte[512], 512));
            return false;
        } catch (PortUnreachableException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}

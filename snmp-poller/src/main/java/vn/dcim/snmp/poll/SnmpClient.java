package vn.dcim.snmp.poll;

import org.snmp4j.AbstractTarget;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.MessageDispatcher;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.mp.PduHandle;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.snmp.decode.LenientInteger32;
import vn.dcim.snmp.decode.ResponsePdu;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One SNMP4J session (one UDP socket) shared by every device: requests are asynchronous, so a slow
 * or dead agent only costs its own timeout. GET packs many OIDs per PDU; table columns are walked
 * with GETBULK (GETNEXT for v1) by {@link ColumnWalk}, which stops on any answer that would make it ask
 * again what it asked. Every request takes one from its poll's {@link PollAllowance} and waits for its
 * agent's rate cap ({@link AgentPace}).
 */
public class SnmpClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnmpClient.class);
    static final int OIDS_PER_GET = 40;
    /**
     * Every answer of every agent arrives on this one socket, in bursts when many devices fall due
     * together; the kernel's default (~208 KiB) overflowed at ~100 polls in flight in bench/snmp and
     * the dropped answers turned into timeouts. The kernel caps it at net.core.rmem_max.
     */
    static final int RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;

    private final Snmp snmp;
    private final USM usm;
    private final Map<String, Boolean> usersAdded = new ConcurrentHashMap<>();
    private final Map<AgentAddress, AbstractTarget<UdpAddress>> targets = new ConcurrentHashMap<>();
    private static final int MAX_TARGETS = 100_000;
    /** Reports SNMP4J received for requests in flight, by request id (see {@link #noteReport}). */
    private final Map<Integer, OID> reports = new ConcurrentHashMap<>();
    private static final int MAX_REPORTS = 10_000;
    /** Reports SNMP4J answers itself by learning the agent's engine ID and time and sending again. */
    private static final java.util.Set<OID> DISCOVERY_REPORTS = java.util.Set.of(SnmpConstants.usmStatsUnknownEngineIDs,
            SnmpConstants.usmStatsNotInTimeWindows);
    /** Requests per second per agent, and rows per walk, when no settings are given (tools, tests): application.yml's defaults. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 100;
    public static final int DEFAULT_MAX_ROWS_PER_WALK = 2000;

    private final AgentPace pace;
    /** Requests in flight per agent (see {@link AgentWindow}). */
    static final int IN_FLIGHT_PER_AGENT = 4;
    private final AgentWindow window = new AgentWindow(IN_FLIGHT_PER_AGENT);
    private final int maxRowsPerWalk;
    private final Guards guards = new Guards();
    /** The rows of each agent's tables at their last walk: the next walk asks for as many in its first request. */
    private final TableSizes tableSizes = new TableSizes();
    /** Requests held back by an agent's rate cap are sent from here when their turn comes. */
    private final ScheduledExecutorService paced = NamedThreads.scheduled("snmp-rate-cap");

    /** Every auth and privacy protocol the product supports, in SNMP4J's process-wide registry (the trap receiver needs them too). */
    public static synchronized void registerSecurityProtocols() {
        SecurityProtocols.getInstance().addDefaultProtocols();
        // with SNMP4J's extensibility on (LenientInteger32), its default list leaves these out
        SecurityProtocols.getInstance().addAuthenticationProtocol(new AuthMD5());
        SecurityProtocols.getInstance().addAuthenticationProtocol(new AuthSHA());
        SecurityProtocols.getInstance().addPrivacyProtocol(new PrivDES());
        SecurityProtocols.getInstance().addPrivacyProtocol(new PrivAES128());
        SecurityProtocols.getInstance().addAuthenticationProtocol(new AuthHMAC128SHA224());
        SecurityProtocols.getInstance().addAuthenticationProtocol(new AuthHMAC192SHA256());
        SecurityProtocols.getInstance().addAuthenticationProtocol(new AuthHMAC256SHA384());
        SecurityProtocols.getInstance().addAuthenticationProtocol(new AuthHMAC384SHA512());
        SecurityProtocols.getInstance().addPrivacyProtocol(new PrivAES192());
        SecurityProtocols.getInstance().addPrivacyProtocol(new PrivAES256());
    }

    public SnmpClient() {
        this(DEFAULT_REQUESTS_PER_SECOND, DEFAULT_MAX_ROWS_PER_WALK);
    }

    /**
     * @param requestsPerSecond the rate cap per agent (0: none), shared with every client of the process with the same cap
     * @param maxRowsPerWalk    a walk stops after this many rows: no real table has more, a broken agent may
     */
    public SnmpClient(int requestsPerSecond, int maxRowsPerWalk) {
        this.pace = AgentPace.shared(requestsPerSecond);
        this.maxRowsPerWalk = Math.max(1, maxRowsPerWalk);
        if (!LenientInteger32.register()) {
            LOG.warn("SNMP4J decodes INTEGERs with another syntax registry (system property org.snmp4j.smisyntaxes = {}): "
                    + "a response with a padded INTEGER will be dropped", System.getProperty("org.snmp4j.smisyntaxes"));
        }
        try {
            registerSecurityProtocols();
            DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
            transport.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
            // One receive buffer for the socket's life instead of a new 64 KiB one for every datagram (SNMP4J's
            // default, for dispatchers that hand the bytes to other threads): Snmp's own dispatcher decodes each
            // response on this listening thread before the next receive, copying every value out. The fresh
            // buffers were half the bytes the poller allocated per value read (bench/snmp: 10,395 -> 5,224 a value).
            transport.setAsyncMsgProcessingSupported(false);
            snmp = new Snmp(transport);
            // SNMPv2c answers decoded without a reflective lookup per value (ResponsePdu)
            MessageDispatcher dispatcher = snmp.getMessageDispatcher();
            dispatcher.removeMessageProcessingModel(dispatcher.getMessageProcessingModel(MessageProcessingModel.MPv2c));
            dispatcher.addMessageProcessingModel(new MPv2c(ResponsePdu.FACTORY));
            Snmp.ReportHandler standard = snmp.getReportHandler();
            snmp.setReportHandler(new Snmp.ReportHandler() {
                @Override
                public <A extends org.snmp4j.smi.Address> void processReport(PduHandle handle, CommandResponderEvent<A> event) {
                    noteReport(handle, event.getPDU());
                    standard.processReport(handle, event);
                }
            });
            usm = new USM(SecurityProtocols.getInstance(), new OctetString(MPv3.createLocalEngineID()), 0);
            // SNMP4J looks the USM up through the process-wide registry
            SecurityModels.getInstance().addSecurityModel(usm);
            snmp.getMessageDispatcher().addMessageProcessingModel(new MPv3(usm));
            snmp.listen();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the SNMP socket: " + e.getMessage(), e);
        }
    }

    /** GETs the OIDs, several per PDU; completes with every binding answered, in request order. */
    public CompletableFuture<List<VariableBinding>> get(AgentAddress agent, List<OID> oids) {
        return get(agent, oids, PollAllowance.unbounded());
    }

    /** GETs the OIDs within a poll's allowance. */
    public CompletableFuture<List<VariableBinding>> get(AgentAddress agent, List<OID> oids, PollAllowance allowance) {
        List<CompletableFuture<List<VariableBinding>>> parts = new ArrayList<>();
        for (int i = 0; i < oids.size(); i += OIDS_PER_GET) {
            parts.add(send(agent, PDU.GET, oids.subList(i, Math.min(oids.size(), i + OIDS_PER_GET)), 0, allowance));
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<VariableBinding> all = new ArrayList<>();
            parts.forEach(p -> all.addAll(p.join()));
            return all;
        });
    }

    /** GETNEXT of one OID: used to see whether a subtree holds data. */
    public CompletableFuture<List<VariableBinding>> next(AgentAddress agent, List<OID> oids) {
        return next(agent, oids, PollAllowance.unbounded());
    }

    /** GETNEXT within a poll's allowance. */
    public CompletableFuture<List<VariableBinding>> next(AgentAddress agent, List<OID> oids, PollAllowance allowance) {
        return send(agent, PDU.GETNEXT, oids, 0, allowance);
    }

    /** Walks table columns; completes with every row (a null cell where a column has none) and why it stopped early, if it did. */
    public CompletableFuture<WalkedTable> walk(AgentAddress agent, List<OID> columns) {
        return walk(agent, columns, PollAllowance.unbounded());
    }

    /** Walks table columns within a poll's allowance. */
    public CompletableFuture<WalkedTable> walk(AgentAddress agent, List<OID> columns, PollAllowance allowance) {
        boolean bulk = !"1".equals(agent.version());
        return ColumnWalk.walk(agent, columns, (from, repetitions) ->
                send(agent, bulk ? PDU.GETBULK : PDU.GETNEXT, from, repetitions, allowance), bulk, maxRowsPerWalk, guards, tableSizes);
    }

    /** Requests a walk of these columns sends at most: what a poll's budget allows for it. */
    public int walkRequests(AgentAddress agent, int columns) {
        return ColumnWalk.maxRequests(columns, !"1".equals(agent.version()), maxRowsPerWalk);
    }

    /** How often each guard stepped in, and the requests sent, since start. */
    public Guards guards() {
        return guards;
    }

    /**
     * Sends one request when the poll's allowance has one left and the agent's rate cap lets it go: at once,
     * or a little later from the rate cap's thread. A poll cancelled while its request waited sends nothing.
     */
    private CompletableFuture<List<VariableBinding>> send(AgentAddress agent, int type, List<OID> oids, int repetitions,
                                                          PollAllowance allowance) {
        if (!allowance.take()) {
            if (allowance.cancelled()) {
                return CompletableFuture.failedFuture(new SnmpException("poll stopped: the device was disabled, deleted or changed",
                        SnmpException.Failure.cancelled));
            }
            guards.stepIn(Guard.over_budget, agent, "the poll sent the " + allowance.allowed() + " requests its profiles can need; "
                    + "not sent: " + oids.get(0) + (oids.size() > 1 ? " and " + (oids.size() - 1) + " more" : ""));
            return CompletableFuture.failedFuture(new SnmpException("request budget spent (" + allowance.allowed()
                    + " requests): stopped asking at " + oids.get(0), SnmpException.Failure.over_budget));
        }
        CompletableFuture<List<VariableBinding>> result = new CompletableFuture<>();
        window.enter(agent, () -> {
            java.util.concurrent.atomic.AtomicBoolean left = new java.util.concurrent.atomic.AtomicBoolean();
            Runnable leave = () -> {
                if (left.compareAndSet(false, true)) {
                    window.leave(agent);
                }
            };
            try {
                paced(agent, type, oids, repetitions, allowance, leave).whenComplete((vbs, e) -> {
                    leave.run(); // already left when the answer came; this covers a request that never went out
                    if (e != null) {
                        result.completeExceptionally(e);
                    } else {
                        result.complete(vbs);
                    }
                });
            } catch (RuntimeException e) {
                leave.run();
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Sends one request, holding the agent's place in the window, when the agent's rate cap lets it go; {@code leave} frees the place. */
    private CompletableFuture<List<VariableBinding>> paced(AgentAddress agent, int type, List<OID> oids, int repetitions,
                                                           PollAllowance allowance, Runnable leave) {
        long asked = System.nanoTime();
        long wait = pace.reserve(agent, asked);
        if (wait <= 0) {
            return sendNow(agent, type, oids, repetitions, allowance, leave);
        }
        if (wait > TimeUnit.MILLISECONDS.toNanos(agent.timeoutMs())) {
            // held back longer than the agent is given to answer: the poll is stretched, worth a line
            guards.stepIn(Guard.rate_capped, agent, "requests held back by the rate cap (dcim.snmp.max-requests-per-second) for "
                    + TimeUnit.NANOSECONDS.toMillis(wait) + " ms, next " + oids.get(0));
        } else {
            guards.counted(Guard.rate_capped);
        }
        CompletableFuture<List<VariableBinding>> later = new CompletableFuture<>();
        try {
            paced.schedule(() -> {
                if (allowance.cancelled()) {
                    later.completeExceptionally(new SnmpException("poll stopped: the device was disabled, deleted or changed",
                            SnmpException.Failure.cancelled));
                    return;
                }
                pace.sentLate(agent, asked + wait, System.nanoTime());
                sendNow(agent, type, oids, repetitions, allowance, leave).whenComplete((vbs, e) -> {
                    if (e != null) {
                        later.completeExceptionally(e);
                    } else {
                        later.complete(vbs);
                    }
                });
            }, wait, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            later.completeExceptionally(new SnmpException("the SNMP client is closed", SnmpException.Failure.cancelled));
        }
        return later;
    }

    private CompletableFuture<List<VariableBinding>> sendNow(AgentAddress agent, int type, List<OID> oids, int repetitions,
                                                             PollAllowance allowance, Runnable leave) {
        CompletableFuture<List<VariableBinding>> result = new CompletableFuture<>();
        PDU pdu = agent.isV3() ? new ScopedPDU() : new PDU();
        pdu.setType(type);
        if (type == PDU.GETBULK) {
            pdu.setNonRepeaters(0);
            pdu.setMaxRepetitions(repetitions);
        }
        guards.sent();
        oids.forEach(o -> pdu.add(new VariableBinding(o)));
        try {
            AbstractTarget<UdpAddress> target = target(agent);
            snmp.send(pdu, target, null, new ResponseListener() {
                @Override
                public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                    ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                    // the agent is done with this request (or it timed out): its place goes to the next one, before
                    // an SNMPv1 GET is asked again below (that request waits for a place of its own)
                    leave.run();
                    PDU response = event.getResponse();
                    OID report = event.getRequest() == null ? null : reports.remove(event.getRequest().getRequestID().getValue());
                    if (response == null && report != null) {
                        // SNMP4J drops an unauthenticated report to an authenticated request (RFC 3412 section 7.2.11.b), so
                        // the request times out; the report it dropped still says why, and is used only to say so
                        result.completeExceptionally(V3Reports.refusal(agent, report));
                    } else if (response == null) {
                        result.completeExceptionally(event.getError() != null ? failed(agent, event.getError())
                                : new SnmpException("timeout: no answer from " + agent.host() + ":" + agent.port() + " within "
                                  + agent.timeoutMs() + " ms × " + (agent.retries() + 1), SnmpException.Failure.no_answer));
                    } else if (response.getType() == PDU.REPORT) {
                        // SNMPv3: the agent refused the request and its report PDU counts the reason
                        result.completeExceptionally(V3Reports.refusal(agent, response));
                    } else if (response.getErrorStatus() != PDU.noError && response.getErrorStatus() != PDU.noSuchName) {
                        result.completeExceptionally(new SnmpException("agent error " + response.getErrorStatusText()
                                + " at index " + response.getErrorIndex()));
                    } else if (response.getErrorStatus() == PDU.noSuchName) {
                        // SNMPv1: one missing OID fails the whole PDU; drop the one the agent names and ask
                        // again for the others, so a profile listing several models' objects still reads
                        int missing = response.getErrorIndex() - 1;
                        if (type == PDU.GET && missing >= 0 && missing < oids.size() && oids.size() > 1) {
                            List<OID> rest = new ArrayList<>(oids);
                            rest.remove(missing);
                            send(agent, type, rest, repetitions, allowance).whenComplete((vbs, e) -> {
                                if (e != null) {
                                    result.completeExceptionally(e);
                                } else {
                                    result.complete(vbs);
                                }
                            });
                        } else {
                            result.complete(List.of());
                        }
                    } else {
                        result.complete(new ArrayList<>(response.getVariableBindings()));
                    }
                }
            });
        } catch (IOException e) {
            result.completeExceptionally(new SnmpException("send to " + agent.host() + ":" + agent.port() + " failed: " + e.getMessage(),
                    SnmpException.Failure.no_answer));
        } catch (SnmpException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Remembers the reason a report names, for the request it answers, until that request ends. */
    private void noteReport(PduHandle handle, PDU report) {
        if (handle == null || report == null || report.getType() != PDU.REPORT || report.getVariableBindings().isEmpty()
                || DISCOVERY_REPORTS.contains(report.get(0).getOid())) {
            return;
        }
        if (reports.size() > MAX_REPORTS) {
            reports.clear(); // requests that never ended (closed client): start over rather than grow
        }
        reports.put(handle.getTransactionID(), report.get(0).getOid());
    }

    /** An error SNMP4J reports instead of a response: for SNMPv3 mostly a security check that failed. */
    private static SnmpException failed(AgentAddress agent, Exception error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (agent.isV3() && error instanceof org.snmp4j.MessageException) {
            return new SnmpException("SNMPv3 request to " + agent.host() + ":" + agent.port() + " failed: " + message
                    + " (check user, protocols and pass phrases)", SnmpException.Failure.v3_refused);
        }
        return new SnmpException(agent.host() + ":" + agent.port() + ": " + message, SnmpException.Failure.no_answer);
    }

    /** Built once per agent: parsing the address and filling a target on every request showed in the profile. */
    private AbstractTarget<UdpAddress> target(AgentAddress agent) {
        if (targets.size() > MAX_TARGETS) {
            // devices re-addressed again and again; start over rather than grow without end
            targets.clear();
        }
        return targets.computeIfAbsent(agent, this::newTarget);
    }

    private AbstractTarget<UdpAddress> newTarget(AgentAddress agent) {
        UdpAddress address;
        try {
            // resolved here, once: SNMP4J's own parser logs a failed lookup and hands back null
            address = new UdpAddress(InetAddress.getByName(agent.host()), agent.port());
        } catch (UnknownHostException e) {
            throw new SnmpException("cannot resolve host name '" + agent.host() + "': no such host (check the name or DNS)",
                    SnmpException.Failure.unknown_host);
        }
        AbstractTarget<UdpAddress> target;
        if (agent.isV3()) {
            ensureUser(agent);
            UserTarget<UdpAddress> t = new UserTarget<>();
            t.setSecurityName(new OctetString(agent.v3User()));
            t.setSecurityLevel(agent.privProtocol() != null ? SecurityLevel.AUTH_PRIV
                    : agent.authProtocol() != null ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.NOAUTH_NOPRIV);
            t.setVersion(SnmpConstants.version3);
            target = t;
        } else {
            CommunityTarget<UdpAddress> t = new CommunityTarget<>();
            t.setCommunity(new OctetString(agent.community() == null ? "public" : agent.community()));
            t.setVersion("1".equals(agent.version()) ? SnmpConstants.version1 : SnmpConstants.version2c);
            target = t;
        }
        target.setAddress(address);
        target.setTimeout(agent.timeoutMs());
        target.setRetries(agent.retries());
        return target;
    }

    private void ensureUser(AgentAddress agent) {
        String key = agent.v3User() + "|" + agent.authProtocol() + "|" + agent.authPassword() + "|" + agent.privProtocol() + "|" + agent.privPassword();
        usersAdded.computeIfAbsent(key, k -> {
            usm.addUser(new OctetString(agent.v3User()), new UsmUser(new OctetString(agent.v3User()),
                    authProtocol(agent.authProtocol()), agent.authPassword() == null ? null : new OctetString(agent.authPassword()),
                    privProtocol(agent.privProtocol()), agent.privPassword() == null ? null : new OctetString(agent.privPassword())));
            return true;
        });
    }

    /** The SNMPv3 authentication protocols by the names an operator writes (case and '-' ignored). */
    private static final Map<String, OID> AUTH_PROTOCOLS = Map.of("MD5", AuthMD5.ID, "SHA", AuthSHA.ID, "SHA1", AuthSHA.ID,
            "SHA224", AuthHMAC128SHA224.ID, "SHA256", AuthHMAC192SHA256.ID, "SHA384", AuthHMAC256SHA384.ID, "SHA512", AuthHMAC384SHA512.ID);
    /** The SNMPv3 privacy protocols likewise. */
    private static final Map<String, OID> PRIV_PROTOCOLS = Map.of("DES", PrivDES.ID, "AES", PrivAES128.ID, "AES128", PrivAES128.ID,
            "AES192", PrivAES192.ID, "AES256", PrivAES256.ID);

    public static OID authProtocol(String name) {
        return protocol(name, AUTH_PROTOCOLS, "auth", "MD5, SHA, SHA224, SHA256, SHA384, SHA512");
    }

    public static OID privProtocol(String name) {
        return protocol(name, PRIV_PROTOCOLS, "privacy", "DES, AES128, AES192, AES256");
    }

    private static OID protocol(String name, Map<String, OID> known, String kind, String listed) {
        if (name == null) {
            return null;
        }
        OID id = known.get(name.toUpperCase().replace("-", ""));
        if (id == null) {
            throw new IllegalArgumentException("Unknown SNMPv3 " + kind + " protocol " + name + " (" + listed + ")");
        }
        return id;
    }

    @Override
    public void close() {
        paced.shutdownNow();
        try {
            snmp.close();
        } catch (IOException e) {
            // nothing left to do with a socket that will not close
        }
    }
}

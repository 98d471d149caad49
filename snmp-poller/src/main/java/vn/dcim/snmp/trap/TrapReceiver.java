package vn.dcim.snmp.trap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.Snmp;
import org.snmp4j.event.CounterEvent;
import org.snmp4j.event.CounterListener;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.security.UsmUserTable;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TransportIpAddress;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import vn.dcim.core.error.RateLimitedLog;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceChanged;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.devicelog.DeviceLogEntry;
import vn.dcim.core.devicelog.DeviceLogSeverity;
import vn.dcim.core.devicelog.DeviceLogSource;
import vn.dcim.core.devicelog.DeviceLogWriter;
import vn.dcim.core.devicelog.FieldsJson;
import vn.dcim.core.devicelog.KernelUdpDrops;
import vn.dcim.core.devicelog.OpensAtStartup;
import vn.dcim.core.devicelog.ReceiveBuffer;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.core.devicelog.SenderDevices;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.snmp.poll.SnmpClient;
import vn.dcim.snmp.poll.SnmpPollingService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Receives SNMP traps and informs, v1, v2c and v3, on DCIM_SNMP_TRAP_PORT (UDP). Each is
 * matched to its monitored device by address (the v1 agent-addr or a relay's snmpTrapAddress.0 before the
 * datagram's source), named from the MIBs' notification definitions (traps/*.yaml), kept in the device
 * log (known device or not, known OID or not), and, where traps/trap-readings.yaml gives it a meaning,
 * turned into the reading of the state the poll would read, so that the same alarm rule raises or clears
 * the same alarm; a meaningful trap also asks for an immediate poll of its device.
 * <p>
 * Refused, counted (dcim_receiver_messages_total{receiver="trap"}) and logged at most once per 10 s per
 * reason, never stopping the receiver: undecodable datagrams ("malformed", SNMP4J's snmpInASNParseErrs),
 * a known device's trap with a community that is neither its own nor one of DCIM_SNMP_TRAP_COMMUNITIES
 * ("wrong_community"), v3 with an unknown user or wrong keys ("v3_refused", the usmStats counters; from a v3
 * device's address only that device's user and keys hold, {@link SenderUsm}), a PDU
 * that is no notification ("not_a_trap"). The receiving thread only decodes and queues: the device log
 * and the readings are written in batches by threads of their own, behind bounded queues.
 */
@Singleton
@Requires(property = "dcim.snmp.trap.enabled", notEquals = "false")
@Requires(property = "dcim.snmp.enabled", notEquals = "false")
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class TrapReceiver implements CommandResponder, CounterListener, OpensAtStartup {
    private static final Logger LOG = LoggerFactory.getLogger(TrapReceiver.class);
    static final String RECEIVER = "trap";
    private static final OID SNMP_TRAP_ADDRESS = new OID("1.3.6.1.6.3.18.1.3.0");
    private static final OID GENERIC_TRAPS = new OID("1.3.6.1.6.3.1.1.5");
    private static final Set<OID> V3_REFUSALS = Set.of(SnmpConstants.usmStatsUnknownUserNames, SnmpConstants.usmStatsWrongDigests,
            SnmpConstants.usmStatsDecryptionErrors, SnmpConstants.usmStatsUnsupportedSecLevels);
    /** What an inform's sender asks first (RFC 3414 section 4): our engine ID, then our engine time; no refusal. */
    private static final Set<OID> V3_DISCOVERY = Set.of(SnmpConstants.usmStatsUnknownEngineIDs, SnmpConstants.usmStatsNotInTimeWindows);
    private static final int MAX_DEVICE_USMS = 10_000;

    private final TrapSettings settings;
    private final TrapCatalog catalog = TrapCatalog.load();
    private final TrapReadings meanings = TrapReadings.load(catalog);
    private final SenderDevices senders;
    private final MonitoredDevices devices;
    private final DeviceLogWriter log;
    private final ReadingSink sink;
    private final ReceiverCounts counts;
    private final Clock clock;
    private final @Nullable SnmpPollingService polling;
    private final RateLimitedLog refusals = new RateLimitedLog(LOG);
    private final BlockingQueue<Reading> readings;
    private final BlockingQueue<Heard> heard;
    private final Set<String> v3Users = new HashSet<>();
    /** Each SNMPv3 device's own USM, by device id and credentials (new keys make a new one). */
    private final Map<String, USM> deviceUsms = new java.util.concurrent.ConcurrentHashMap<>();
    /** The USMs' counters, ours alone (SNMP4J's process-wide ones also carry the poller's). */
    private final CounterSupport usmCounters = new CounterSupport();
    private Thread readingWriter;
    private Snmp snmp;
    private SenderUsm usm;
    private OctetString localEngineId;
    private MessageDispatcherImpl dispatcher;
    private volatile int port;
    private volatile boolean running;

    TrapReceiver(TrapSettings settings, SenderDevices senders, MonitoredDevices devices, DeviceLogWriter log, ReadingSink sink,
                 ReceiverCounts counts, Clock clock, Optional<SnmpPollingService> polling) {
        this.settings = settings;
        this.senders = senders;
        this.devices = devices;
        this.log = log;
        this.sink = sink;
        this.counts = counts;
        this.clock = clock;
        this.polling = polling.orElse(null);
        this.readings = new ArrayBlockingQueue<>(Math.max(100, settings.queue()));
        this.heard = new ArrayBlockingQueue<>(Math.max(100, settings.queue()));
    }

    /** Opens the socket (idempotent); the receiver answers from then on. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        SnmpClient.registerSecurityProtocols();
        try {
            BufferedUdpTransport transport = new BufferedUdpTransport(new UdpAddress(settings.address() + "/" + settings.port()));
            transport.setReceiveBufferSize(Math.max(1024, settings.receiveBuffer()));
            localEngineId = new OctetString(MPv3.createLocalEngineID());
            usm = new SenderUsm(localEngineId, usmCounters, this::usmOf);
            usmCounters.addCounterListener(this::usmCounter);
            dispatcher = new MessageDispatcherImpl() {
                @Override
                public <A extends org.snmp4j.smi.Address> void processMessage(org.snmp4j.TransportMapping<? super A> t, A from,
                                                                              java.nio.ByteBuffer message, org.snmp4j.TransportStateReference ref) {
                    // an SNMP message is a BER SEQUENCE: anything else (empty, text, zeros) is refused before decoding
                    if (!message.hasRemaining() || message.get(message.position()) != 0x30 || !wholeSequence(message)) {
                        counts.add(RECEIVER, "received");
                        counts.add(RECEIVER, "malformed");
                        refusals.warn("malformed", "A datagram from {} on the trap port is no SNMP message: dropped", from);
                        return;
                    }
                    String peer = from instanceof TransportIpAddress a ? a.getInetAddress().getHostAddress() : null;
                    usm.heardFrom(peer, () -> {
                        super.processMessage(t, from, message, ref);
                        return null;
                    });
                }
            };
            dispatcher.addMessageProcessingModel(new MPv1());
            dispatcher.addMessageProcessingModel(new MPv2c());
            dispatcher.addMessageProcessingModel(new MPv3(usm));
            snmp = new Snmp(dispatcher, transport);
            snmp.addCommandResponder(this);
            // the USM reports through SNMP4J's process-wide counters, the dispatcher through its own
            CounterSupport.getInstance().addCounterListener(this);
            dispatcher.addCounterListener(this);
            loadV3Users();
            snmp.listen();
            port = transport.getListenAddress().getPort();
            running = true;
            readingWriter = NamedThreads.start("snmp-trap-readings", this::writeReadings);
            Thread teller = NamedThreads.start("snmp-trap-log", this::tellAll);
            LOG.info("SNMP trap receiver on udp/{} ({} notifications of {} known, {} with an alarm meaning); {}",
                    port, "v1/v2c/v3", catalog.size(), meanings.size(),
                    ReceiveBuffer.told(settings.receiveBuffer(), transport.grantedReceiveBuffer()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the SNMP trap port " + settings.port()
                    + " (DCIM_SNMP_TRAP_PORT; below 1024 needs root: redirect 162 instead, see the README): " + e.getMessage(), e);
        }
    }

    /** The UDP port it listens on (DCIM_SNMP_TRAP_PORT, or the one the system gave for 0). */
    public int port() {
        return port;
    }

    /** Datagrams the kernel dropped for the trap socket, its receive buffer full (a burst faster than it is read). */
    public long kernelDrops() {
        return running ? KernelUdpDrops.of(port) : 0;
    }

    /**
     * SNMPv3 senders from an address that is no v3 device's (relays): every v3 device's user, its keys
     * localized to whatever engine sends (RFC 3414 section 2.6). A v3 device's own address gets its own USM ({@link #usmOf}).
     */
    private void loadV3Users() {
        try {
            for (MonitoredDevice d : devices.all()) {
                addV3User(d);
            }
        } catch (RuntimeException e) {
            LOG.warn("Reading the SNMPv3 users of the devices failed: {}", e.getMessage());
        }
    }

    private synchronized void addV3User(MonitoredDevice d) {
        if (!hasV3User(d) || !v3Users.add(v3Keys(d))) {
            return;
        }
        try {
            addUserTo(usm, d);
        } catch (RuntimeException e) {
            LOG.warn("Device {}: SNMPv3 user not usable for traps: {}", d.id(), e.getMessage());
        }
    }

    /** Only a device set to SNMPv3 with a user name has a USM user to receive its traps with. */
    private static boolean hasV3User(MonitoredDevice d) {
        return "3".equals(d.snmpVersion()) && d.v3User() != null && !d.v3User().isBlank();
    }

    /** The device's user and keys as one string: a change of any of them is a new user. */
    private static String v3Keys(MonitoredDevice d) {
        return d.v3User() + "|" + d.v3AuthProto() + "|" + d.v3AuthPass() + "|" + d.v3PrivProto() + "|" + d.v3PrivPass();
    }

    /** Adds the device's SNMPv3 user with its keys to {@code to}, localized for what comes in (traps, informs). */
    private static void addUserTo(USM to, MonitoredDevice d) {
        OctetString name = new OctetString(d.v3User());
        to.addUser(name, new UsmUser(name, SnmpClient.authProtocol(d.v3AuthProto()),
                d.v3AuthPass() == null ? null : new OctetString(d.v3AuthPass()),
                SnmpClient.privProtocol(d.v3PrivProto()), d.v3PrivPass() == null ? null : new OctetString(d.v3PrivPass()),
                UsmUser.LocalizationGrant.incoming));
    }

    /**
     * The USM of the SNMPv3 device at this address, holding its user and keys alone, sharing the receiver's
     * engine ID, time and counters; null when no v3 device is registered there.
     */
    private @Nullable USM usmOf(String address) {
        MonitoredDevice d = senders.of(address).orElse(null);
        if (d == null || !hasV3User(d)) {
            return null;
        }
        String key = d.id() + "|" + v3Keys(d);
        USM own = deviceUsms.get(key);
        if (own != null) {
            return own;
        }
        if (deviceUsms.size() >= MAX_DEVICE_USMS) {
            deviceUsms.clear();
        }
        USM made = new USM(SecurityProtocols.getInstance(), localEngineId, usm.getEngineBoots(), usmCounters,
                new UsmUserTable(), usm.getTimeTable());
        try {
            addUserTo(made, d);
        } catch (RuntimeException e) {
            refusals.warn("v3_user_unusable", "Device {}: SNMPv3 user not usable for traps: {}", d.id(), e.getMessage());
        }
        deviceUsms.put(key, made);
        return made;
    }

    /** A device was saved (with SNMPv3 credentials): its v3 user (new keys) takes effect for the next trap. */
    @EventListener
    void deviceChanged(MonitoredDeviceChanged change) {
        if (usm != null) {
            devices.find(change.deviceId()).ifPresent(this::addV3User);
        }
    }

    @Override
    public <A extends org.snmp4j.smi.Address> void processPdu(CommandResponderEvent<A> event) {
        try {
            receive(event);
        } catch (RuntimeException e) {
            // one odd trap never stops the receiver
            counts.add(RECEIVER, "malformed");
            refusals.warn("trap_failed", "A trap from {} could not be read: {}", event.getPeerAddress(), e.toString());
        }
    }

    private <A extends org.snmp4j.smi.Address> void receive(CommandResponderEvent<A> event) {
        PDU pdu = event.getPDU();
        counts.add(RECEIVER, "received");
        if (pdu == null) {
            counts.add(RECEIVER, "malformed");
            return;
        }
        if (pdu.getType() != PDU.TRAP && pdu.getType() != PDU.V1TRAP && pdu.getType() != PDU.INFORM) {
            counts.add(RECEIVER, "not_a_trap");
            refusals.warn("not_a_trap", "{} sent a {} to the trap port: ignored", event.getPeerAddress(), PDU.getTypeString(pdu.getType()));
            return;
        }
        event.setProcessed(true);
        Instant now = clock.instant();
        String udpSource = event.getPeerAddress() instanceof TransportIpAddress a ? a.getInetAddress().getHostAddress()
                : String.valueOf(event.getPeerAddress());
        String version = switch (event.getMessageProcessingModel()) {
            case 0 -> "v1";
            case 1 -> "v2c";
            default -> "v3";
        };
        String trapOid;
        String sender = udpSource;
        if (pdu instanceof PDUv1 v1) {
            trapOid = v1TrapOid(v1);
            String agent = v1.getAgentAddress() == null ? null : v1.getAgentAddress().getInetAddress().getHostAddress();
            if (agent != null && !agent.equals("0.0.0.0")) {
                sender = agent;
            }
        } else {
            Variable oid = pdu.getVariable(SnmpConstants.snmpTrapOID);
            trapOid = oid instanceof OID o ? o.toDottedString() : null;
        }
        Variable relayed = pdu.getVariable(SNMP_TRAP_ADDRESS);
        if (relayed instanceof IpAddress ip) {
            sender = ip.getInetAddress().getHostAddress();
        }
        MonitoredDevice device = senders.of(sender).orElse(null);
        String community = event.getSecurityModel() == SecurityModel.SECURITY_MODEL_SNMPv1
                || event.getSecurityModel() == SecurityModel.SECURITY_MODEL_SNMPv2c ? new String(event.getSecurityName()) : null;
        if (community != null && device != null && !acceptable(community, device)) {
            counts.add(RECEIVER, "wrong_community");
            refusals.warn("wrong_community", "Trap from {} (device {}) with a community that is not the device's: refused",
                    sender, device.id());
            return;
        }
        if (pdu.getType() == PDU.INFORM) {
            acknowledge(event);
        }
        if (trapOid == null) {
            counts.add(RECEIVER, "malformed");
            refusals.warn("no_trap_oid", "Notification from {} without snmpTrapOID.0: kept as unknown", sender);
        }
        TrapDefinition def = trapOid == null ? null : catalog.byOid(trapOid).orElse(null);
        if (def == null) {
            counts.add(RECEIVER, "unknown_oid");
        }
        if (device == null) {
            counts.add(RECEIVER, "unknown_sender");
        }
        // what raises an alarm goes first, on this thread: never behind a storm's log entries
        if (device != null && def != null) {
            Map<String, String> variables = new LinkedHashMap<>();
            for (VariableBinding vb : pdu.getVariableBindings()) {
                String object = catalog.objectOf(vb.getOid().toDottedString());
                if (object != null) {
                    variables.putIfAbsent(object, vb.getVariable() instanceof OID o ? o.toDottedString() : vb.getVariable().toString());
                }
            }
            meanings.of(def.oid(), variables).ifPresent(m -> {
                if (m.metric() != null && !readings.offer(new Reading(now, device.id(), m.metric(), "0", m.value(), m.state(), null))) {
                    counts.add(RECEIVER, "queue_full");
                }
                if (polling != null) {
                    polling.pollSoon(device.id());
                }
            });
        }
        Heard one = new Heard(now, pdu, version, udpSource, sender, device == null ? null : device.id(), trapOid, def);
        if (!heard.offer(one)) {
            counts.add(RECEIVER, "queue_full");
            refusals.warn("queue_full", "Trap queue full: a trap from {} not kept", sender);
        }
    }

    /** Whether the BER SEQUENCE's length fits in the datagram: a truncated message is refused before decoding. */
    static boolean wholeSequence(java.nio.ByteBuffer m) {
        int p = m.position();
        int left = m.remaining();
        if (left < 2) {
            return false;
        }
        int first = m.get(p + 1) & 0xff;
        if (first < 0x80) {
            return first <= left - 2;
        }
        int octets = first & 0x7f;
        if (octets == 0 || octets > 4 || left < 2 + octets) {
            return false;
        }
        long length = 0;
        for (int i = 0; i < octets; i++) {
            length = (length << 8) | (m.get(p + 2 + i) & 0xff);
        }
        return length <= left - 2 - octets;
    }

    /** A trap as received, told in the device log by the worker thread. */
    private record Heard(Instant at, PDU pdu, String version, String udpSource, String sender, @Nullable String deviceId,
                         @Nullable String trapOid, @Nullable TrapDefinition def) {
    }

    private void tellAll() {
        while (running || !heard.isEmpty()) {
            try {
                Heard h = heard.poll(200, TimeUnit.MILLISECONDS);
                if (h != null) {
                    tell(h);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                counts.add(RECEIVER, "malformed");
                refusals.warn("trap_failed", "A trap could not be told: {}", e.toString());
            }
        }
    }

    private void tell(Heard h) {
        TrapDefinition def = h.def();
        Map<String, String> named = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(def == null ? "unknown notification " + h.trapOid() : def.name());
        for (VariableBinding vb : h.pdu().getVariableBindings()) {
            if (vb.getOid().equals(SnmpConstants.snmpTrapOID) || vb.getOid().equals(SnmpConstants.sysUpTime)) {
                continue;
            }
            String value = vb.getVariable() instanceof OID o ? o.toDottedString() : vb.getVariable().toString();
            String name = catalog.nameOf(vb.getOid().toDottedString());
            named.put(name, value);
            text.append(named.size() == 1 ? ": " : ", ").append(name).append('=').append(value.length() > 200 ? value.substring(0, 200) : value);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", h.version());
        fields.put("type", PDU.getTypeString(h.pdu().getType()));
        fields.put("trapOid", h.trapOid());
        fields.put("trap", def == null ? null : def.qualifiedName());
        fields.put("udpSource", h.udpSource());
        fields.put("variables", named);
        DeviceLogSeverity severity = def == null ? DeviceLogSeverity.notice : def.severity();
        log.offer(new DeviceLogEntry(null, h.at(), h.at(), h.deviceId(), h.sender(), DeviceLogSource.trap, severity,
                text.toString(), def == null ? h.trapOid() : def.qualifiedName(), h.pdu().toString(), FieldsJson.of(fields)));
    }

    private boolean acceptable(String community, MonitoredDevice device) {
        return device.community() == null || device.community().isEmpty() || device.community().equals(community)
                || settings.acceptedCommunities().contains(community);
    }

    /** RFC 3584 section 3.1: the SNMPv2 trap OID of a v1 trap (generic 0-5 → snmpTraps.n+1, 6 → enterprise.0.specific). */
    static String v1TrapOid(PDUv1 v1) {
        if (v1.getGenericTrap() == PDUv1.ENTERPRISE_SPECIFIC) {
            OID oid = new OID(v1.getEnterprise());
            oid.append(0);
            oid.append(v1.getSpecificTrap());
            return oid.toDottedString();
        }
        OID oid = new OID(GENERIC_TRAPS);
        oid.append(v1.getGenericTrap() + 1);
        return oid.toDottedString();
    }

    private <A extends org.snmp4j.smi.Address> void acknowledge(CommandResponderEvent<A> event) {
        try {
            PDU response = (PDU) event.getPDU().clone();
            response.setType(PDU.RESPONSE);
            response.setErrorStatus(PDU.noError);
            response.setErrorIndex(0);
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(), event.getSecurityModel(),
                    event.getSecurityName(), event.getSecurityLevel(), response, event.getMaxSizeResponsePDU(),
                    event.getStateReference(), new StatusInformation());
            counts.add(RECEIVER, "inform_acknowledged");
        } catch (Exception e) {
            refusals.warn("inform_ack_failed", "Could not acknowledge an inform from {}: {}", event.getPeerAddress(), e.getMessage());
        }
    }

    /** SNMP4J's own counters of what it dropped before a PDU reached us (ours only: its USM, its dispatcher). */
    @Override
    public void incrementCounter(CounterEvent event) {
        Object source = event.getSource();
        if (source == null || !(source == usm || source == dispatcher || source instanceof MPv1 || source instanceof MPv2c
                || source instanceof MPv3 || source == snmp)) {
            return;
        }
        OID oid = event.getOid();
        if (oid == null) {
            return;
        }
        if (oid.startsWith(SnmpConstants.snmpInASNParseErrs) && source == dispatcher) {
            counts.add(RECEIVER, "received");
            counts.add(RECEIVER, "malformed");
            refusals.warn("malformed", "A datagram on the trap port is no SNMP message: dropped");
        } else if (oid.startsWith(SnmpConstants.snmpInBadVersions) && source == dispatcher) {
            counts.add(RECEIVER, "malformed");
            refusals.warn("bad_version", "A datagram on the trap port has an unknown SNMP version: dropped");
        }
    }

    /**
     * The counters of our USMs: a v3 message with an unknown user (or another device's, from a v3 device's
     * address), wrong keys or a security level not allowed is refused (counted "v3_refused", logged at most
     * once per 10 s); an inform sender's discovery of our engine ID and time is counted "v3_discovery".
     */
    private void usmCounter(CounterEvent event) {
        OID oid = event.getOid();
        if (oid == null) {
            return;
        }
        if (V3_REFUSALS.stream().anyMatch(oid::startsWith)) {
            counts.add(RECEIVER, "received");
            counts.add(RECEIVER, "v3_refused");
            refusals.warn("v3_refused", "SNMPv3 trap refused ({}): unknown user, wrong keys or security level", oid);
        } else if (V3_DISCOVERY.stream().anyMatch(oid::startsWith)) {
            counts.add(RECEIVER, "v3_discovery");
        }
    }

    private void writeReadings() {
        List<Reading> batch = new ArrayList<>();
        while (running || !readings.isEmpty()) {
            try {
                Reading first = readings.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                readings.drainTo(batch, 999);
                sink.record(batch);
                counts.add(RECEIVER, "readings", batch.size());
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // kept and tried again: a trap's state is not lost to a short database outage
                LOG.warn("Writing {} readings of traps failed, trying again in 1 s: {}", batch.size(), e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @PreDestroy
    synchronized void stop() throws IOException, InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        CounterSupport.getInstance().removeCounterListener(this);
        snmp.close();
        readingWriter.join(3000);
    }
}

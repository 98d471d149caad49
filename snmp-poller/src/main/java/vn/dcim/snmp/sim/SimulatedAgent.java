package vn.dcim.snmp.sim;

import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.TransportMapping;
import org.snmp4j.agent.BaseAgent;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.mo.MOAccessImpl;
import org.snmp4j.agent.mo.MOScalar;
import org.snmp4j.agent.mo.snmp.SnmpCommunityMIB;
import org.snmp4j.agent.mo.snmp.SnmpNotificationMIB;
import org.snmp4j.agent.mo.snmp.SnmpTargetMIB;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.USM;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.transport.TransportMappings;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * A demo device: an snmp4j-agent answering v2c (community "public") on a loopback port with the
 * objects of its simulation file, their values moving with time and with the grid scenario.
 */
public class SimulatedAgent extends BaseAgent {
    private final String address;
    private final List<SimulatedObject> objects;
    private final GridScenario grid;
    private final LongSupplier secondsSinceStart;
    /** Values held by hand (a spec, a demonstration), by OID: the simulation yields to them. */
    private final Map<String, Long> held = new ConcurrentHashMap<>();

    public SimulatedAgent(String host, int port, String sysDescr, String sysObjectId, List<SimulatedObject> objects,
                          GridScenario grid, LongSupplier secondsSinceStart, File stateDir) {
        super(new File(stateDir, "boots-" + port), null, new ShortBulkProcessor(new OctetString(MPv3.createLocalEngineID())));
        this.address = "udp:" + host + "/" + port;
        this.objects = objects;
        this.grid = grid;
        this.secondsSinceStart = secondsSinceStart;
        setSysDescr(new OctetString(sysDescr));
        setSysOID(new OID(sysObjectId));
    }

    public void start() throws IOException {
        init();
        finishInit();
        run();
    }

    @Override
    protected void initTransportMappings() {
        TransportMapping<?> tm = TransportMappings.getInstance().createTransportMapping(GenericAddress.parse(address));
        transportMappings = new TransportMapping[]{tm};
    }

    @Override
    protected void registerManagedObjects() {
        for (SimulatedObject o : objects) {
            try {
                server.register(new MOScalar<>(new OID(o.oid()), MOAccessImpl.ACCESS_READ_ONLY, initial(o)) {
                    @Override
                    public Variable getValue() {
                        return current(o);
                    }
                }, null);
            } catch (DuplicateRegistrationException e) {
                throw new IllegalStateException("Simulation lists " + o.oid() + " twice", e);
            }
        }
    }

    private Variable initial(SimulatedObject o) {
        return "string".equals(o.type()) ? new OctetString(o.text() == null ? "" : o.text()) : new Integer32(0);
    }

    /** From now on the object answers {@code raw} (in the MIB's own unit), until released. */
    public void hold(String oid, long raw) {
        held.put(oid, raw);
    }

    public void release(String oid) {
        held.remove(oid);
    }

    private Variable current(SimulatedObject o) {
        if ("string".equals(o.type())) {
            return new OctetString(o.text());
        }
        Long fixed = held.get(o.oid());
        if (fixed != null) {
            return "gauge".equals(o.type()) ? new Gauge32(Math.max(0, fixed)) : new Integer32(fixed.intValue());
        }
        double noise = o.swing() == 0 ? 0 : ThreadLocalRandom.current().nextGaussian() * o.swing() / 10;
        long v = Math.round(o.at(secondsSinceStart.getAsLong(), grid, noise));
        return "gauge".equals(o.type()) ? new Gauge32(Math.max(0, v)) : new Integer32((int) v);
    }

    /**
     * Answers a GETBULK with at most {@link #MOST_REPETITIONS} rows, as RFC 3416 section 4.2.3 lets an agent do (the
     * manager asks on from the last row). snmp4j-agent measures the whole response again for every binding it
     * adds, so the poller's 20 rows × 8 columns cost 160²/2 measurements a request: that was most of what the
     * demo's agents cost (a seventh of web's spec CPU, docs/performance.md), for tables of one to three rows.
     */
    static final class ShortBulkProcessor extends CommandProcessor {
        static final int MOST_REPETITIONS = 4;

        ShortBulkProcessor(OctetString contextEngineId) {
            super(contextEngineId);
        }

        @Override
        public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
            PDU pdu = event.getPDU();
            if (pdu != null && pdu.getType() == PDU.GETBULK && pdu.getMaxRepetitions() > MOST_REPETITIONS) {
                pdu.setMaxRepetitions(MOST_REPETITIONS);
            }
            super.processPdu(event);
        }
    }

    @Override
    protected void unregisterManagedObjects() {
        // the agent lives as long as the product
    }

    @Override
    protected void addUsmUser(USM usm) {
        // demo agents answer SNMPv2c only
    }

    @Override
    protected void addNotificationTargets(SnmpTargetMIB targetMIB, SnmpNotificationMIB notificationMIB) {
        // demo agents send no traps
    }

    @Override
    protected void addViews(VacmMIB vacm) {
        vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv2c, new OctetString("cpublic"), new OctetString("v1v2group"),
                StorageType.nonVolatile);
        vacm.addAccess(new OctetString("v1v2group"), new OctetString(), SecurityModel.SECURITY_MODEL_ANY,
                SecurityLevel.NOAUTH_NOPRIV, MutableVACM.VACM_MATCH_EXACT, new OctetString("fullReadView"),
                new OctetString(), new OctetString(), StorageType.nonVolatile);
        vacm.addViewTreeFamily(new OctetString("fullReadView"), new OID("1.3"), new OctetString(),
                VacmMIB.vacmViewIncluded, StorageType.nonVolatile);
    }

    @Override
    protected void addCommunities(SnmpCommunityMIB communityMIB) {
        Variable[] row = new Variable[]{
                new OctetString("public"), new OctetString("cpublic"),
                getAgent().getContextEngineID(), new OctetString(), new OctetString(),
                new Integer32(StorageType.nonVolatile), new Integer32(org.snmp4j.agent.mo.snmp.RowStatus.active)};
        communityMIB.getSnmpCommunityEntry().addRow(communityMIB.getSnmpCommunityEntry().createRow(
                new OctetString("public2public").toSubIndex(true), row));
    }
}

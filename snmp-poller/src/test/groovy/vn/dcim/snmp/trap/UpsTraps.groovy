package vn.dcim.snmp.trap

import spock.util.concurrent.PollingConditions
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.Alarms

/**
 * The trap specs' one way to play a UPS that sends UPS-MIB traps with net-snmp's tools: the trap OIDs,
 * running a tool, waiting for the UPS's on-battery alarm, and clearing it with upsTrapAlarmEntryRemoved
 * sent with the UPS's own credentials ({@code sender}: version and community or USM options).
 */
class UpsTraps {
    public static final String ON_BATTERY = '1.3.6.1.2.1.33.2.1'
    public static final String ALARM_REMOVED = '1.3.6.1.2.1.33.2.4'
    public static final String UPS_ALARM_DESCR = '1.3.6.1.2.1.33.1.6.2.1.2'
    public static final String UPS_ALARM_ON_BATTERY = '1.3.6.1.2.1.33.1.6.3.2'

    final Alarms alarms
    final String device
    final List<String> sender

    UpsTraps(Alarms alarms, String device, List<String> sender) {
        this.alarms = alarms
        this.device = device
        this.sender = sender
    }

    /**
     * Runs a net-snmp tool to its end; the exit code. A trap has no answer, so snmptrap's exit says only whether the
     * tool sent it, never what the receiver did: one that failed to send (2 of 50 in a row once, in a loaded CI) is
     * run again, twice at most, its words on the spec's error output. An inform's exit (snmpinform) is the receiver's
     * answer, or its silence, and is returned as it is.
     */
    static int run(List command) {
        int attempts = command[0] == 'snmptrap' ? 3 : 1
        int exit = -1
        for (int i = 0; i < attempts && exit != 0; i++) {
            def p = new ProcessBuilder(command*.toString()).redirectErrorStream(true).start()
            String words = p.inputStream.text
            exit = p.waitFor()
            if (exit != 0) {
                System.err.println("${command[0]} exited ${exit}: ${words.trim()}")
            }
        }
        exit
    }

    /** The device's open on-battery alarm as soon as there is one within {@code ms}, or null. */
    def awaitOpen(long ms) {
        long deadline = System.currentTimeMillis() + ms
        while (true) {
            def open = alarms.list(new AlarmFilter('open', device, 'ups-on-battery', null, null), 5, 0)
            if (open) {
                return open[0]
            }
            if (System.currentTimeMillis() >= deadline) {
                return null
            }
            sleep(20)
        }
    }

    /** What one trap sent did: the tool's exit code, the alarm it opened (null if none within the wait), the time it took. */
    static class Sent {
        int exit
        def alarm
        long ms
    }

    /**
     * Runs {@code command} (a trap or an inform) and waits up to {@code ms} for the on-battery alarm it opens,
     * timed from the tool's exit: net-snmp's tools spend up to seconds on a loaded machine before they send
     * (a v3 tool derives its keys from the pass phrases first), which is no part of the receiver's delay.
     */
    Sent sendAndAwaitOpen(List command, long ms) {
        int exit = run(command)
        long t0 = System.nanoTime()
        def alarm = awaitOpen(ms)
        new Sent(exit: exit, alarm: alarm, ms: (System.nanoTime() - t0).intdiv(1_000_000))
    }

    /** Sends the UPS's "on battery" alarm removed to the receiver's port and waits until no alarm is open. */
    void clearOnBattery(int port) {
        run(['snmptrap'] + sender + ["127.0.0.1:${port}", '', ALARM_REMOVED, "${UPS_ALARM_DESCR}.1", 'o', UPS_ALARM_ON_BATTERY])
        new PollingConditions(timeout: 5, delay: 0.05).eventually {
            assert awaitOpen(1) == null
        }
    }
}

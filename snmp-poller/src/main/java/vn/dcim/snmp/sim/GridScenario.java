package vn.dcim.snmp.sim;

/**
 * The demo site's weather: now and then the grid fails for a few minutes. It is the one timeline every
 * simulated device reads, so the cards agree with each other and with physics: the UPSes carry the load
 * on battery only until the generator has started, warmed up and taken the load through the transfer
 * switch; then they are back on (generator) mains and recharge slowly; when the grid returns the switch
 * goes back to it and the generator cools down unloaded before it stops. Time is seconds since the demo
 * started.
 *
 * @param generatorDelaySeconds from the grid loss to the generator carrying the load (start signal,
 *                              cranking and warm-up all fit inside it)
 */
public record GridScenario(long everySeconds, long outageSeconds, long generatorDelaySeconds) {
    /** A generator runs on unloaded this long after the grid returns, to cool down, as gensets do. */
    static final long COOL_DOWN_SECONDS = 60;
    /** The UPS battery: how fast it drains at the demo's load, and so what a full charge lasts (8.3 min). */
    static final double DRAIN_PERCENT_PER_MINUTE = 12;
    /**
     * The UPS's own runtime estimate is that of the battery it drains: a UPS that told 42 min while its charge
     * fell 12 % a minute would have its prediction proven wrong by every outage the product records.
     */
    static final double FULL_RUNTIME_MINUTES = 100 / DRAIN_PERCENT_PER_MINUTE;
    /** UPS chargers limit the current: a few percent a minute, never a jump back to full. */
    static final double RECHARGE_PERCENT_PER_MINUTE = 2;
    static final double RATED_HZ = 50;
    static final double RATED_PHASE_VOLTS = 230;
    /** How fast the room warms with the cooling off, and cools back once it runs again, in °C a minute. */
    static final double WARMING_PER_MINUTE = 4;
    static final double COOLING_PER_MINUTE = 1;

    /** Where the site's power is, in the order an outage goes through it. */
    public enum Phase {
        /** The grid feeds the load; the generator stands ready. */
        grid,
        /** The grid is lost; the UPSes carry the load on battery; the generator has its start signal. */
        lost,
        /** The starter turns the engine: low speed, no voltage to speak of. */
        cranking,
        /** The engine runs unloaded, frequency and voltage rising to rated. */
        warmingUp,
        /** The generator runs at rated frequency and carries the load through the transfer switch. */
        onGenerator,
        /** The grid is back and feeds the load; the generator runs on unloaded before it stops. */
        coolingDown;

        /** Nothing feeds the transfer switch's output: the UPSes run on battery, the cooling stands still. */
        public boolean unfed() {
            return this == lost || this == cranking || this == warmingUp;
        }

        public boolean gridLost() {
            return unfed() || this == onGenerator;
        }
    }

    public Phase phase(long t) {
        long age = sinceOutage(t);
        if (age < 0) {
            return Phase.grid;
        }
        if (age >= outageSeconds) {
            return age < outageSeconds + coolDown() ? Phase.coolingDown : Phase.grid;
        }
        if (age >= generatorDelaySeconds) {
            return Phase.onGenerator;
        }
        if (age >= warmUpFrom()) {
            return Phase.warmingUp;
        }
        return age >= crankFrom() ? Phase.cranking : Phase.lost;
    }

    public boolean gridDown(long t) {
        return phase(t).gridLost();
    }

    /** The generator carries the load (not merely turning: that is {@link Phase#cranking} or {@link Phase#warmingUp}). */
    public boolean generatorRunning(long t) {
        return phase(t) == Phase.onGenerator;
    }

    /** Seconds into the current outage, or -1 when the grid is up. */
    public long outageAge(long t) {
        return gridDown(t) ? sinceOutage(t) : -1;
    }

    /** Seconds since the demo started at which the next outage begins (the first one comes one period after the start). */
    public long nextOutageAt(long t) {
        return (Math.max(0, t) / everySeconds + 1) * everySeconds;
    }

    /** The generator's output frequency in Hz: zero at rest, rising through cranking and warm-up, rated once it runs. */
    public double generatorFrequency(long t) {
        return switch (phase(t)) {
            case grid, lost -> 0;
            case cranking -> ramp(sinceOutage(t) - crankFrom(), warmUpFrom() - crankFrom()) * 0.3 * RATED_HZ;
            // the governor brings the engine to rated speed in the first half of the warm-up
            case warmingUp -> RATED_HZ * (0.3 + 0.7 * ramp(sinceOutage(t) - warmUpFrom(), (generatorDelaySeconds - warmUpFrom()) / 2.0));
            case onGenerator, coolingDown -> RATED_HZ;
        };
    }

    /** The generator's phase voltage: the excitation builds it up through the warm-up. */
    public double generatorVoltage(long t) {
        return switch (phase(t)) {
            case grid, lost, cranking -> 0;
            case warmingUp -> RATED_PHASE_VOLTS * ramp(sinceOutage(t) - warmUpFrom() + 1, generatorDelaySeconds - warmUpFrom());
            case onGenerator, coolingDown -> RATED_PHASE_VOLTS;
        };
    }

    /** Seconds the UPSes have been on battery in this outage, 0 when something feeds them. */
    public double secondsOnBattery(long t) {
        return phase(t).unfed() ? sinceOutage(t) : 0;
    }

    /**
     * The UPS battery's charge in percent: it drains while the UPSes carry the load and recharges at the
     * charger's pace afterwards, carried over from one outage to the next.
     */
    public double batteryCharge(long t) {
        long last = lastOutageStart(t);
        if (last < 0) {
            return 100;
        }
        double drop = DRAIN_PERCENT_PER_MINUTE * generatorDelaySeconds / 60.0;
        double refill = RECHARGE_PERCENT_PER_MINUTE * (everySeconds - generatorDelaySeconds) / 60.0;
        double atStart = 100;
        if (drop > refill) {
            // the charger cannot make up an outage before the next: walk the outages from the first
            for (long s = everySeconds; s < last; s += everySeconds) {
                atStart = afterOutage(atStart, everySeconds);
            }
        }
        return afterOutage(atStart, t - last);
    }

    private double afterOutage(double atStart, long age) {
        double onBattery = Math.min(age, generatorDelaySeconds);
        double charge = Math.max(0, atStart - DRAIN_PERCENT_PER_MINUTE * onBattery / 60.0);
        double charging = Math.max(0, age - generatorDelaySeconds);
        return Math.min(100, charge + RECHARGE_PERCENT_PER_MINUTE * charging / 60.0);
    }

    /** What the UPS estimates its battery lasts at this charge, in minutes. */
    public double batteryRuntimeMinutes(long t) {
        return FULL_RUNTIME_MINUTES * batteryCharge(t) / 100;
    }

    /** How much warmer than normal the room is: it warms while the cooling stands still and cools back once it runs. */
    public double roomWarming(long t) {
        long age = t - Math.max(0, lastOutageStart(t));
        if (lastOutageStart(t) < 0) {
            return 0;
        }
        double stood = Math.min(age, generatorDelaySeconds);
        double ranAgain = Math.max(0, age - generatorDelaySeconds);
        return Math.max(0, WARMING_PER_MINUTE * stood / 60.0 - COOLING_PER_MINUTE * ranAgain / 60.0);
    }

    /** A named quantity of the timeline, as a simulation file refers to it ({@code follows:}). */
    public double quantity(String name, long t) {
        return switch (name) {
            case "battery.charge" -> batteryCharge(t);
            case "battery.runtime" -> batteryRuntimeMinutes(t);
            case "battery.seconds" -> secondsOnBattery(t);
            case "generator.frequency" -> generatorFrequency(t);
            case "generator.voltage" -> generatorVoltage(t);
            case "room.warming" -> roomWarming(t);
            default -> throw new IllegalArgumentException("The grid scenario has no quantity " + name);
        };
    }

    private long lastOutageStart(long t) {
        return t < everySeconds ? -1 : t / everySeconds * everySeconds;
    }

    /** Seconds since the current or last outage began, or -1 before the first. */
    private long sinceOutage(long t) {
        long last = lastOutageStart(t);
        return last < 0 ? -1 : t - last;
    }

    private long coolDown() {
        return Math.max(0, Math.min(COOL_DOWN_SECONDS, everySeconds - outageSeconds - 1));
    }

    /** The controller waits a moment to be sure the grid is gone, then cranks; the warm-up takes the last two thirds. */
    private long crankFrom() {
        return Math.max(1, Math.round(generatorDelaySeconds * 2 / 15.0));
    }

    private long warmUpFrom() {
        return Math.max(crankFrom() + 1, generatorDelaySeconds / 3);
    }

    private static double ramp(double elapsed, double span) {
        return span <= 0 ? 1 : Math.max(0, Math.min(1, elapsed / span));
    }
}

package vn.dcim.core.demo;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the demo site's simulated SNMP agents listen: one UDP port per device from {@code firstPort},
 * and how often the demo devices are polled ({@code intervalS}: a minute, as a real site would; the
 * power chain's UPS, generator, transfer switch and PDUs every {@code powerIntervalS}, 15 s, so that
 * the dashboard follows the demo's three-minute grid outage as it happens).
 */
@ConfigurationProperties("dcim.demo.agents")
public class DemoAgentAddresses {
    private String host = "127.0.0.1";
    private int firstPort = 16100;
    private int intervalS = 60;
    private int powerIntervalS = 15;

    public String host() {
        return host;
    }

    public int port(int index) {
        return firstPort + index;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public void setFirstPort(int firstPort) {
        this.firstPort = firstPort;
    }

    public int getFirstPort() {
        return firstPort;
    }

    public int getIntervalS() {
        return intervalS;
    }

    public void setIntervalS(int intervalS) {
        this.intervalS = intervalS;
    }

    public int getPowerIntervalS() {
        return powerIntervalS;
    }

    public void setPowerIntervalS(int powerIntervalS) {
        this.powerIntervalS = powerIntervalS;
    }

    public String getHost() {
        return host;
    }
}

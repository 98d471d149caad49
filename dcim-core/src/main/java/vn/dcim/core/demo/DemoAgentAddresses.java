package vn.dcim.core.demo;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the demo site's simulated SNMP agents listen: one UDP port per device from {@code firstPort},
 * and how often the demo devices are polled ({@code intervalS}: a minute, as a real site would).
 */
@ConfigurationProperties("dcim.demo.agents")
public class DemoAgentAddresses {
    private String host = "127.0.0.1";
    private int firstPort = 16100;
    private int intervalS = 60;

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

    public String getHost() {
        return host;
    }
}

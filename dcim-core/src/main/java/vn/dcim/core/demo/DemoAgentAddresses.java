package vn.dcim.core.demo;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the demo site's simulated SNMP agents listen: one UDP port per device from {@code firstPort}.
 */
@ConfigurationProperties("dcim.demo.agents")
public class DemoAgentAddresses {
    private String host = "127.0.0.1";
    private int firstPort = 16100;

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

    public String getHost() {
        return host;
    }
}

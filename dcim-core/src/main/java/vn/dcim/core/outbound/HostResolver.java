package vn.dcim.core.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name resolution as the outbound check sees it; a spec replaces it to play a DNS that lies. */
public interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
}

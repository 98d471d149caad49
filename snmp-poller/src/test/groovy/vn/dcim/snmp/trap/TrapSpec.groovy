package vn.dcim.snmp.trap

import jakarta.inject.Inject
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.devicelog.DeviceLog
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

/**
 * Base of the trap specs: the receiver on a free port, the devices each spec plays registered on a site of its own
 * with an agent port nobody answers on (a poll of them never answers, only a trap tells of them), and what the
 * receiver keeps: the device log and its counts.
 */
abstract class TrapSpec extends MariaDbSpec {
    @Inject TrapReceiver receiver
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject DeviceLog log
    @Inject ReceiverCounts counts

    /** A UDP port of this machine that no agent answers on. */
    static int silentPort() {
        new DatagramSocket(0, InetAddress.loopbackAddress).withCloseable { it.localPort }
    }

    /**
     * The site and the devices {@code made} makes for a silent port, saved once however many features set them up;
     * true when saved by this call.
     */
    boolean registerOnce(String siteId, String siteName, Closure<List<MonitoredDevice>> made) {
        if (sites.existsById(siteId)) {
            return false
        }
        sites.save(new Site(siteId, siteName, null, null))
        made(silentPort()).each { devices.save(it) }
        true
    }
}

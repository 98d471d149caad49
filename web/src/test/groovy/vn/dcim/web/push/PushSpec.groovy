package vn.dcim.web.push

import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

/**
 * A spec of the push receivers on the running product: terminals of a site push to it with a credential an
 * administrator issued through the API. The site and its devices are made once.
 */
abstract class PushSpec extends CallsSpec {
    @Inject TestUsers users
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject ReceiverCounts counts

    /** The site and its devices (by id, with their names), each made unless it is there already. */
    void onSite(String site, String name, String province, Map<String, String> deviceNames) {
        if (!sites.existsById(site)) {
            sites.save(new Site(site, name, province, null))
        }
        deviceNames.each { id, deviceName ->
            if (!devices.existsById(id)) {
                devices.save(MonitoredDevice.mqtt(id, site, null, deviceName))
            }
        }
    }

    /** A push credential issued by an administrator: the answer's body (its token, its credential). */
    Map issue(Map command) {
        def answer = calls.post('/api/push-credentials', command, users.token(EnumSet.of(Role.admin)))
        assert answer.status == 201
        answer.json as Map
    }

    /** Random bytes of this size behind a JPEG's first marker, the same for the same seed. */
    static byte[] jpeg(int size, int seed) {
        def b = new byte[size]
        new Random(seed).nextBytes(b)
        b[0] = (byte) 0xFF; b[1] = (byte) 0xD8; b[2] = (byte) 0xFF; b[3] = (byte) 0xE0
        b
    }
}

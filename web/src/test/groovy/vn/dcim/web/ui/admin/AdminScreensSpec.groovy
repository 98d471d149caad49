package vn.dcim.web.ui.admin

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.mqtt.broker.MqttCredentials
import vn.dcim.web.ui.pages.MqttCredentialsPage
import vn.dcim.web.ui.pages.SignedInBrowserSpec

/**
 * The administration page sends people to screens, not to the API: the notification
 * recipients' form and the MQTT devices' credentials (Art. 25.3), issued with the password shown once.
 */
@MicronautTest(transactional = false)
class AdminScreensSpec extends SignedInBrowserSpec {
    @Inject MqttCredentials credentials
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices

    def "the administration page links the recipients' and the MQTT credentials' screens and says nothing of the API for them"() {
        when:
        driver.get(server.URL.toString() + '/ui/admin')
        def page = driver.findElement(By.tagName('body')).text

        then:
        driver.findElement(By.id('edit-recipients')).getAttribute('href').endsWith('/ui/recipients')
        driver.findElement(By.id('link-mqtt-credentials')).getAttribute('href').endsWith('/ui/mqtt-credentials')
        !page.contains('/api/notification-recipients')
        !page.contains('/api/mqtt-credentials')
    }

    def "an administrator issues a device's MQTT credential on the screen, sees its password once, and withdraws it"() {
        given:
        def page = new MqttCredentialsPage(driver, server.URL).openFromAdmin()

        when:
        String password = page.issue('ups-07', 'UPS phòng máy B')

        then: 'the password works on the broker and is shown only this once'
        password.length() >= 16
        credentials.signIn('ups-07', password).isPresent()
        page.usernames().contains('ups-07')
        !page.open().text().contains(password)
        page.usernames().contains('ups-07')

        when: 'the same name again is refused with the reason; then it is withdrawn'
        String refusal = page.submit('ups-07', 'again').error()
        page.open().revoke('ups-07')

        then:
        refusal.contains('ups-07')
        credentials.find('ups-07').isEmpty()
    }

    def "an administrator issues a vendor sensor's credential for its device, limited to its dialect's topics"() {
        given:
        if (!sites.existsById('adm-site')) {
            sites.save(new Site('adm-site', 'TTDL Hà Giang', 'Hà Giang', null))
        }
        devices.save(MonitoredDevice.mqtt('z2m-hg-1', 'adm-site', null, 'Cảm biến nhiệt Hà Giang'))
        def page = new MqttCredentialsPage(driver, server.URL).open()

        when:
        String password = page.issueFor('z2m-hg-1', 'z2m-hg-1', 'zigbee2mqtt')

        then: 'the broker takes the password, limited to the dialect; the list names the device and the dialect'
        password.length() >= 16
        credentials.signIn('z2m-hg-1', password) == Optional.of('zigbee2mqtt/#')
        page.open().row('z2m-hg-1') == ['z2m-hg-1', 'zigbee2mqtt/#', 'z2m-hg-1', 'zigbee2mqtt']
    }
}

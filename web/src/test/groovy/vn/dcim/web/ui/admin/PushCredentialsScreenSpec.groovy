package vn.dcim.web.ui.admin

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.push.PushCredentials
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.web.ui.pages.PushCredentialsPage
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * The administrator issues a device's HTTP push credential on a screen, reached from the
 * administration page, sees the token once with the addresses to configure in the device (which then
 * work), and withdraws it (after which the device is refused).
 */
@MicronautTest(transactional = false)
class PushCredentialsScreenSpec extends SignedInBrowserSpec {
    @Inject PushCredentials credentials
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    final HttpClient http = HttpClient.newHttpClient()

    def setup() {
        if (!sites.existsById('screen-site')) {
            sites.save(new Site('screen-site', 'TTDL Bắc Kạn', 'Bắc Kạn', null))
        }
        ['door-screen', 'zk-screen'].each {
            if (!devices.existsById(it)) {
                devices.save(MonitoredDevice.mqtt(it, 'screen-site', null, 'Cửa ' + it))
            }
        }
    }

    int push(String url, String authorization = null) {
        def b = HttpRequest.newBuilder(URI.create(url)).header('Content-Type', 'application/json')
        if (authorization) {
            b.header('Authorization', authorization)
        }
        http.send(b.POST(HttpRequest.BodyPublishers.ofString('{"eventType": "heartBeat", "ipAddress": "10.20.1.50", ' +
                '"dateTime": "2024-03-12T22:41:05+07:00", "activePostCount": 1}')).build(), HttpResponse.BodyHandlers.ofString()).statusCode()
    }

    def "an administrator issues a Hikvision push credential on the screen, configures it from what is shown once, and withdraws it"() {
        given:
        def page = new PushCredentialsPage(driver, server.URL).openFromAdmin()

        when:
        def issued = page.issue('door-screen', 'hikvision-isapi', null, null, 'Cửa phòng máy')

        then: 'the URL with the token and the Basic/Digest user and password are shown, and work'
        issued.token.length() >= 40
        issued.url == server.URL.toString().replaceAll('/$', '') + '/push/' + issued.token + '/isapi'
        issued.user == 'door-screen'
        push(issued.url) == 200
        push(issued.authUrl, 'Basic ' + Base64.encoder.encodeToString("${issued.user}:${issued.token}".getBytes('UTF-8'))) == 200

        and: 'the list of the device shows it, the token nowhere once the page is read again'
        page.open('door-screen').rows()*.take(2) == [['door-screen', 'hikvision-isapi']]
        !page.bodyText().contains(issued.token)

        when: 'it is withdrawn'
        long id = credentials.ofDevice('door-screen').first().id()
        page.revoke(id)

        then: 'the device is refused from now on'
        credentials.ofDevice('door-screen').isEmpty()
        push(issued.url) == 401
    }

    def "a ZKTeco terminal is registered by its serial and addresses; the screen names the server it pushes to"() {
        given:
        def page = new PushCredentialsPage(driver, server.URL).open('zk-screen')

        when:
        def issued = page.issue('zk-screen', 'zkteco-push', 'SCREEN0001', '127.0.0.1, ::1', 'Máy chấm công cổng')

        then:
        issued.server == server.URL.toString().replaceAll('/$', '') + '/iclock/cdata'
        issued.serial == 'SCREEN0001'
        credentials.bySerial('zkteco-push', 'SCREEN0001').get().allowedFrom() == ['127.0.0.1', '::1']
        page.open('zk-screen').rows()*.take(2) == [['zk-screen', 'zkteco-push']]
    }
}

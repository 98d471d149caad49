package vn.dcim.web.ui

import vn.dcim.web.i18n.ShownWords
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.device.DiscoveredSource
import vn.dcim.core.device.DiscoveredSources
import vn.dcim.core.site.RackRepository
import vn.dcim.web.ui.pages.AnyScreen
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.Clock

/**
 * On an office laptop's 1,366 px the screens with tables fit the window: no screen scrolls sideways, and no
 * table hides columns behind a scroll of its own (its long cells wrap, or a column folds away). The demo site
 * fills the tables; the discovery inbox holds a sensor with a long topic and payload, the row that pushed its
 * bind button off the screen. What each shows once its scripts drew has no English-only word, no code and no machine's
 * word ({@link ShownWords}).
 */
@MicronautTest(transactional = false)
class ScreenWidthSpec extends SignedInBrowserSpec {
    static final int DESK = 1366

    @Inject AssetRepository assets
    @Inject RackRepository racks
    @Inject DiscoveredSources discovered
    @Inject Clock clock

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true'] }

    def "#uri fits 1,366 px wide without a sideways scroll"() {
        given: 'a sensor waiting in the discovery inbox'
        inboxOnce()

        when:
        def screen = new AnyScreen(driver, server.URL).open(resolved(uri), DESK, 768)

        then:
        screen.pageOverflow() <= 0 || screen.tooWide() == []
        screen.sideScrolledTables() == []

        and: 'what it shows once its scripts drew speaks Vietnamese, the default language'
        ShownWords.of(screen.shownText()) == []

        cleanup:
        screen?.screenshot('desk-1366' + uri.replaceAll(/[^a-z0-9]+/, '-'))

        where:
        uri << Navigation.items()*.href() + ['/ui/assets/{asset}', '/ui/racks/{rack}', '/ui/devices/ups-1', '/ui/alarms/rules',
                                             '/ui/sources?state=bound']
    }

    String resolved(String uri) {
        uri.replace('{asset}', String.valueOf(assets.findAll().first().id()))
           .replace('{rack}', String.valueOf(racks.findAll().first().id()))
    }

    void inboxOnce() {
        if (discovered.count(DiscoveredSource.State.unbound) == 0) {
            discovered.heard([new DiscoveredSource.Heard('zigbee2mqtt', 'phong_may_chu_tang_3_cam_bien_nhiet_do_am_tu_rack_07',
                    clock.instant(), 12, 'zigbee2mqtt/phong_may_chu_tang_3_cam_bien_nhiet_do_am_tu_rack_07',
                    '{"temperature":23.6,"humidity":48.3,"battery":100,"linkquality":72,"voltage":3000,"update":{"state":"idle","installed_version":16777241,"latest_version":16777241}}',
                    'env.temperature = 23.6 °C\nenv.humidity = 48.3 %\ndevice.battery = 100 %\ndevice.link_quality = 72')])
        }
    }
}

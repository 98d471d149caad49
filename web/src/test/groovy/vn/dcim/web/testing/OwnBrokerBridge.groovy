package vn.dcim.web.testing

import vn.dcim.mqtt.testing.OwnBroker

import java.nio.file.Path

/**
 * A product whose MQTT bridge runs and listens to the spec's own broker ({@link OwnBroker}), under a client id of the
 * spec's (two specs on one broker must not take each other's session), reading taught dialects from a folder when
 * given; the broker is closed after the spec.
 */
trait OwnBrokerBridge extends OwnBroker {
    /** The bridge's MQTT client id, named after the spec. */
    String bridgeClientId() {
        'dcim-bridge-spec-' + getClass().simpleName
    }

    /** The folder of taught dialects the product reads, none unless the spec teaches. */
    Path taughtDialects() {
        null
    }

    Map<String, String> extraProperties() {
        Map<String, String> p = ['dcim.mqtt.url'           : broker().url(),
                                 'dcim.mqtt.client-id'     : bridgeClientId(),
                                 'dcim.mqtt.bridge.enabled': 'true']
        taughtDialects() ? p + ['dcim.mqtt.dialects.dir': taughtDialects().toString()] : p
    }

    def cleanupSpec() {
        closeBroker()
    }
}

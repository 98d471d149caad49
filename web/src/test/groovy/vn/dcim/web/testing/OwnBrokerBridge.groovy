package vn.dcim.web.testing

import java.nio.file.Path

/**
 * The properties of a product whose MQTT bridge runs and listens to the spec's own broker, under a client id of the
 * spec's (two specs on one broker must not take each other's session), reading taught dialects from a folder when given.
 */
final class OwnBrokerBridge {
    private OwnBrokerBridge() {
    }

    static Map<String, String> properties(String brokerUrl, String clientId, Path dialects = null) {
        Map<String, String> p = ['dcim.mqtt.url'           : brokerUrl,
                                 'dcim.mqtt.client-id'     : clientId,
                                 'dcim.mqtt.bridge.enabled': 'true']
        dialects ? p + ['dcim.mqtt.dialects.dir': dialects.toString()] : p
    }
}

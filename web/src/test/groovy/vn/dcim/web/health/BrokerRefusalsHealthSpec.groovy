package vn.dcim.web.health

import reactor.core.publisher.Mono
import spock.lang.Specification
import vn.dcim.mqtt.broker.BrokerConnection
import vn.dcim.mqtt.broker.BrokerRefusals
import vn.dcim.mqtt.broker.BrokerSettings

/** What the embedded broker refused shows in the administrator's /health details. */
class BrokerRefusalsHealthSpec extends Specification {

    def "the broker's details #shows"() {
        given:
        def connection = new BrokerConnection(new BrokerSettings(url: 'tcp://127.0.0.1:1'))
        def refusals = embedded ? new BrokerRefusals() : null
        refusals?.refused(BrokerRefusals.Reason.oversized, 'client spec')
        refusals?.refused(BrokerRefusals.Reason.anonymous, 'client spec')
        refusals?.refused(BrokerRefusals.Reason.anonymous, 'client spec')

        when:
        def details = Mono.from(new BrokerHealthIndicator(connection, refusals).result).block().details as Map

        then:
        details.url == 'tcp://127.0.0.1:1'
        details.refused == expected

        cleanup:
        connection.close()

        where:
        embedded || expected                                          | shows
        true     || [anonymous: 2L, credentials: 0L, oversized: 1L, topic: 0L]   | 'count the embedded broker\'s refusals by reason'
        false    || null                                              | 'have no refusals with an external broker'
    }
}

package vn.dcim.mqtt.topic

import com.fasterxml.jackson.databind.ObjectMapper
import spock.lang.Shared
import spock.lang.Specification

class TopicContractSpec extends Specification {

    @Shared
    TopicContract contract = new TopicContract()
    @Shared
    ObjectMapper json = new ObjectMapper()

    def "the contract serves doors, cameras, NVRs, sensors and gateways"() {
        expect:
        contract.kinds() == [
                door   : ['access', 'state', 'event', 'status'] as Set,
                camera : ['status', 'recording', 'storage', 'event'] as Set,
                nvr    : ['status', 'recording', 'storage', 'event'] as Set,
                sensor : ['metric', 'status'] as Set,
                gateway: ['metric', 'status'] as Set,
        ]
    }

    def "topic #topic is #expectation"() {
        expect:
        TopicAddress.parse(topic).map { it.topic() }.orElse(null) == (valid ? topic : null)

        where:
        topic                              || valid
        'dcim/demo/door/door-1/access'     || true
        'dcim/demo/door/door-1'            || false
        'dcim/demo/door/door-1/access/x'   || false
        'other/demo/door/door-1/access'    || false
        'dcim//door/door-1/access'         || false
        'dcim/demo/door/door-1/'           || false
        'dcim/demo/door/door-1/access/'    || false
        'dcim/'                            || false
        'dcim'                             || false
        'dcimx/demo/door/door-1/access'    || false
        "dcim/demo/door/${'d' * 64}/access" || true
        "dcim/demo/door/${'d' * 65}/access" || false
        expectation = valid ? 'inside the contract' : 'outside the contract'
    }

    def "#kind/#channel accepts #payload"() {
        expect:
        contract.channel(kind, channel).get().validate(json.readTree(payload)).isEmpty()

        where:
        kind      | channel     | payload
        'door'    | 'access'    | '{"id":"e-1029","ts":"2026-11-22T08:15:02.120Z","result":"granted","badge":"B0042","person":"Nguyễn Văn A","direction":"in"}'
        'door'    | 'event'     | '{"id":"a-17","ts":"2026-11-22T08:15:02Z","event":"door_forced"}'
        'door'    | 'state'     | '{"ts":"2026-11-22T08:15:02+07:00","state":"locked"}'
        'door'    | 'status'    | '{"status":"offline"}'
        'camera'  | 'recording' | '{"ts":"2026-11-22T08:15:02Z","recording":false}'
        'nvr'     | 'storage'   | '{"ts":"2026-11-22T08:15:02Z","used_percent":81.5,"oldest_days":31}'
        'camera'  | 'event'     | '{"id":"v-1","ts":"2026-11-22T08:15:02Z","event":"video_loss","active":false}'
        'sensor'  | 'metric'    | '{"ts":"2026-11-22T08:15:02Z","metrics":[{"metric":"env.temperature","instance":"1","value":24.5,"unit":"°C"}]}'
        'gateway' | 'metric'    | '{"ts":"2026-11-22T08:15:02Z","metrics":[{"metric":"env.leak","value":0},{"metric":"gen.state","text":"running"}]}'
    }

    def "#kind/#channel refuses #why"() {
        when:
        def errors = contract.channel(kind, channel).get().validate(json.readTree(payload))

        then:
        !errors.isEmpty()

        where:
        kind     | channel   | payload                                                                   | why
        'door'   | 'access'  | '{"ts":"2026-11-22T08:15:02Z","result":"granted"}'                       | 'an access event without id'
        'door'   | 'access'  | '{"id":"1","ts":"2026-11-22T08:15:02Z","result":"maybe"}'                | 'a result that is neither granted nor denied'
        'door'   | 'access'  | '{"id":"1","ts":"yesterday","result":"granted"}'                         | 'a time that is not RFC 3339'
        'door'   | 'access'  | '{"id":"1","ts":"2026-11-22T08:15:02","result":"granted"}'               | 'a time without its offset from UTC'
        'door'   | 'access'  | '{"id":"1","ts":"2026-11-22T25:15:02Z","result":"granted"}'              | 'an hour that does not exist'
        'door'   | 'access'  | '{"id":"1","ts":"2026-02-30T08:15:02Z","result":"granted"}'              | 'a day that does not exist'
        'door'   | 'event'   | '{"id":"1","ts":"2026-11-22T08:15:02Z","event":"door_exploded"}'         | 'an unknown event'
        'door'   | 'state'   | '{"state":"open"}'                                                       | 'a state without device time'
        'nvr'    | 'storage' | '{"ts":"2026-11-22T08:15:02Z","used_percent":181,"oldest_days":3}'       | 'more than 100 % used'
        'sensor' | 'metric'  | '{"ts":"2026-11-22T08:15:02Z","metrics":[]}'                             | 'an empty metric list'
        'sensor' | 'metric'  | '{"ts":"2026-11-22T08:15:02Z","metrics":[{"metric":"Temperature","value":1}]}' | 'a metric name outside the naming rule'
        'sensor' | 'metric'  | '{"ts":"2026-11-22T08:15:02Z","metrics":[{"metric":"env.leak"}]}'       | 'a metric with neither value nor text'
        'camera' | 'status'  | '["online"]'                                                             | 'an array instead of an object'
    }
}

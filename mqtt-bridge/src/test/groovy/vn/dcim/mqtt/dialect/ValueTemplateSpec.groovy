package vn.dcim.mqtt.dialect

import spock.lang.Specification

/**
 * Home Assistant value templates are read as a safe subset of Jinja: the documented forms give their value,
 * anything else gives none (counted), never an exception and never code run.
 */
class ValueTemplateSpec extends Specification {

    def "#template on #text gives #expected"() {
        expect:
        ValueTemplate.render(template, text, json(text)) == expected

        where:
        template                                              | text                                       || expected
        '{{ value_json.temperature }}'                        | '{"temperature": 23.2}'                   || 23.2d
        '{{value_json.temperature}}'                          | '{"temperature": 23.2}'                   || 23.2d
        "{{ value_json['x'] }}"                               | '{"x": 5}'                                || 5
        '{{ value_json["Temperature"] }}'                     | '{"Temperature": 21}'                     || 21
        "{{value_json['AM2301'].Temperature}}"                | '{"AM2301": {"Temperature": 24.5}}'       || 24.5d
        '{{ value_json.a.b }}'                                | '{"a": {"b": 7}}'                         || 7
        '{{ value_json.list[1] }}'                            | '{"list": [1, 2]}'                        || 2
        '{{ value | float }}'                                 | '22.75'                                   || 22.75d
        '{{ value | float(0) }}'                              | 'unavailable'                             || 0
        '{{ (value_json.x | float) / 10 }}'                   | '{"x": "235"}'                            || 23.5d
        '{{ value_json.x | float / 10 }}'                     | '{"x": 235}'                              || 23.5d
        '{{ value_json.t | float | round(1) }}'               | '{"t": 23.456}'                           || 23.5d
        '{{ value_json.t | round }}'                          | '{"t": 23.5}'                             || 24.0d
        '{{ value_json.t | round(1, "floor") }}'              | '{"t": 23.49}'                            || 23.4d
        // keyword arguments, as Jinja's filters name them
        '{{ value | float(default=0) }}'                      | 'unavailable'                             || 0
        '{{ value_json.t | round(precision=1, method="floor") }}' | '{"t": 23.49}'                       || 23.4d
        '{{ value_json.t | round(0, "ceil") }}'               | '{"t": 23.01}'                            || 24.0d
        '{{ value_json.t | float | round(2) }}'               | '{"t": "2.675"}'                          || 2.67d
        '{{ value_json.raw | multiply(0.001) }}'              | '{"raw": 3300}'                           || 3.3d
        "{{ value | replace(',', '.') | float }}"             | '23,5'                                    || 23.5d
        '{{ value_json.t | int }}'                            | '{"t": "23.9"}'                           || 23L
        '{{ value }}'                                         | '24.1'                                    || '24.1'
        '{{ value_json }}'                                    | '24.1'                                    || 24.1d
        '{{ value_json.raw * 0.1 }}'                          | '{"raw": 245}'                            || 24.5d
        '{{ value_json.a - value_json.b }}'                   | '{"a": 10, "b": 4}'                       || 6L
        '{{ -value_json.a }}'                                 | '{"a": 3}'                                || -3L
        '{{ value_json.a - value_json.b - value_json.c }}'    | '{"a": 10, "b": 4, "c": 1}'              || 5L
        '{{ value_json.a + value_json.b * 2 }}'               | '{"a": 1, "b": 3}'                        || 7L
        '{{ value_json.a // 4 % 2 }}'                         | '{"a": 14}'                               || 1L
        '{{ value_json.a or value_json.b }}'                  | '{"a": 0, "b": 7}'                        || 7L
        '{{ value_json.a or value_json.b }}'                  | '{"a": 2, "b": 7}'                        || 2L
        '{{ value_json.a and value_json.b }}'                 | '{"a": 0, "b": 7}'                        || 0L
        '{{ value_json.a and value_json.b }}'                 | '{"a": 2, "b": 7}'                        || 7L
        '{{ value_json.t | default(0) }}'                     | '{}'                                      || 0L
        '{{ value_json.t | is_defined }}'                     | '{"t": 1}'                                || 1
        '{{ value_json.state | lower }}'                      | '{"state": "ON"}'                         || 'on'
        "{{ 'ON' if value_json.value == 5592512 else 'OFF' }}" | '{"value": 5592512}'                      || 'ON'
        "{{ 'ON' if value_json.value == 5592512 else 'OFF' }}" | '{"value": 1}'                            || 'OFF'
        '{{ value_json.contact }}'                            | '{"contact": false}'                      || false
        '{{ value_json.data | tojson }}'                      | '{"data": {"battery": 87}}'               || [battery: 87]
        '{{ value_json.t }} °C'                               | '{"t": 21.5}'                             || '21.5 °C'
        'plain text'                                          | 'x'                                       || 'plain text'
        '{{ ((float(value) * 99)|round(0)) + 1 }}'            | '1'                                       || 100.0d
        '{{ float(value_json.t, 0) }}'                        | '{"t": "n/a"}'                            || 0
        '{{ round(value_json.t, 1) }}'                        | '{"t": 23.456}'                           || 23.5d
        '{{ int(value) }}'                                    | '41.7'                                    || 41L
    }

    def "#template gives no value on #text (a missing field or a value the filter refuses), without an exception"() {
        expect:
        ValueTemplate.render(template, text, json(text)) == null

        where:
        template                               | text
        '{{ value_json.temperature }}'         | '{"humidity": 50}'
        '{{ value_json.a.b.c }}'               | '{"a": 1}'
        '{{ value | float }}'                  | 'unavailable'
        '{{ value_json.x / 0 }}'               | '{"x": 1}'
        '{{ value_json.x * 2 }}'               | '{"x": "12"}'
        '{{ value_json.t | is_defined }}'      | '{}'
        '{{ value_json.list[5] }}'             | '{"list": [1]}'
        '{{ value_json.__class__ }}'           | '{"t": 1}'
    }

    def "#template is outside the safe subset: no value, counted"() {
        given:
        long before = ValueTemplate.unsupported()

        expect:
        ValueTemplate.render(template, '{"t": 1}', [t: 1]) == null
        ValueTemplate.unsupported() == before + 1
        !ValueTemplate.supported(template)

        where:
        template << [
                "{{ states('sensor.outside') | float }}",
                '{% if value_json.t %}{{ value_json.t }}{% endif %}',
                '{{ value_json.t | regex_replace("a", "b") }}',
                '{{ float }}',
                '{{ float() }}',
                '{{ value.split(",")[0] }}',
                '{{ value_json.t | round(digits=1) }}',
                '{{ x = 1 }}',
                '{{ now().timestamp() }}',
                '{{ value_json.t.__globals__ }}x{{ range(10) }}',
                '{{ value_json.t ',
                '{{ ' + '(' * 200 + '1' + ')' * 200 + ' }}',
                '{{ value_json.t }}' * 200,
        ]
    }

    static Object json(String text) {
        text.startsWith('{') || text.startsWith('[') ? new groovy.json.JsonSlurper().parseText(text) : null
    }
}

package vn.dcim.web.testing

import groovy.json.JsonOutput
import org.yaml.snakeyaml.Yaml

/**
 * The product's own OpenAPI document (generated at build time) as data for specs that walk every
 * operation: a new operation in a controller is covered without touching the spec.
 */
class OpenApi {
    static final Map DOC = new Yaml().load(OpenApi.getResourceAsStream('/META-INF/swagger/dcim-api.yml')) as Map

    /** One operation: method, path template, group (tag), parameters and the request body's schema. */
    static class Operation {
        String method
        String path
        String group
        List<Map> parameters
        String contentType
        Map body

        List<Map> query() { parameters.findAll { it.in == 'query' } }

        List<Map> pathParams() { parameters.findAll { it.in == 'path' } }

        String toString() { "$method $path" }
    }

    static List<Operation> operations() {
        DOC.paths.collectMany { String path, Map ops ->
            ops.findAll { it.key in ['get', 'post', 'put', 'patch', 'delete'] }.collect { String method, Map op ->
                Map content = op.requestBody?.content as Map ?: [:]
                String type = content.containsKey('application/json') ? 'application/json' : content.keySet().find()
                new Operation(method: method.toUpperCase(), path: path, group: (op.tags ?: ['none']).first(),
                        parameters: (op.parameters ?: []) as List<Map>, contentType: type,
                        body: type ? resolve(content[type].schema as Map) : null)
            }
        }
    }

    /** A schema with `$ref` and single `allOf` followed, keeping `nullable`. */
    static Map resolve(Map schema) {
        if (schema == null) return [:]
        if (schema.'$ref') {
            String name = (schema.'$ref' as String).substring('#/components/schemas/'.length())
            return resolve(DOC.components.schemas[name] as Map) + (schema.nullable ? [nullable: true] : [:])
        }
        if (schema.allOf && (schema.allOf as List).size() == 1) {
            return resolve((schema.allOf as List).first() as Map) + (schema.nullable ? [nullable: true] : [:])
        }
        schema
    }

    /** A plausible valid value of a schema: what the fuzz keeps in every field but the one it breaks. */
    static Object example(Map raw, String name = '', Map<String, Object> known = [:]) {
        Map schema = resolve(raw)
        if (known.containsKey(name)) return known[name]
        if (schema.enum) return (schema.enum as List).first()
        switch (schema.type) {
            case 'object':
                return (schema.properties ?: [:]).collectEntries { String k, Map v -> [k, example(v, k, known)] }
            case 'array':
                return [example(schema.items as Map, name, known)]
            case 'integer':
                return schema.minimum != null ? Math.max((schema.minimum as long) + 1, 1) : 1
            case 'number':
                return 1.5
            case 'boolean':
                return true
            default:
                if (schema.format == 'date') return '2026-03-01'
                if (schema.format == 'date-time') return '2026-03-01T08:00:00Z'
                if (name ==~ /(?i).*email.*/) return 'fuzz@example.org'
                if (name == 'labelCode') return 'FZ-' + unique().toUpperCase()
                int max = schema.maxLength != null ? schema.maxLength as int : 40
                return ('fz' + unique()).take(Math.max(1, max))
        }
    }

    /**
     * A site, room, rack and asset made through the API, and the values of body fields that must name
     * them, so a valid-ish body passes the domain's checks and a broken field reaches the database.
     */
    static Map<String, Object> knownRows(Calls calls, String token) {
        def site = calls.post('/api/sites', [id: 'FZ', name: 'Fuzz', province: 'Hà Nội'], token)
        def room = calls.post('/api/rooms', [siteId: 'FZ', name: 'Phòng máy', kind: 'server_room'], token).json
        def rack = calls.post('/api/racks', [roomId: room.id, name: 'R1'], token).json
        def asset = calls.post('/api/assets', [siteId: 'FZ', roomId: room.id, kind: 'server', name: 'Máy chủ', labelCode: 'FZ-1'], token).json
        assert site.status < 300 && rack.id && asset.id
        // assets go into the room, not a rack: a rack's U would be taken by the first one and refuse the rest
        [siteId: 'FZ', roomId: room.id, rackId: null, positionU: null, installedOn: asset.id, roles: ['operator'], alarmIds: []]
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 1_000_000)

    /** A short text no other example has: unique columns take every example. */
    static String unique() { Long.toString(SEQUENCE.incrementAndGet(), 36) }

    /** A JSON token written as it is (NaN, 1e309): JsonOutput cannot write them. */
    static class Raw {
        final String text

        Raw(String text) { this.text = text }

        String toString() { "raw $text" }
    }

    /** JSON text of a value that may hold {@link Raw} tokens anywhere. */
    static String json(Object value) {
        List<String> raws = []
        def marked = mark(value, raws)
        String text = JsonOutput.toJson(marked)
        raws.eachWithIndex { String r, int i -> text = text.replace("\"__raw_${i}__\"", r) }
        text
    }

    private static Object mark(Object value, List<String> raws) {
        if (value instanceof Raw) {
            raws << value.text
            return "__raw_${raws.size() - 1}__".toString()
        }
        if (value instanceof Map) return value.collectEntries { k, v -> [k, mark(v, raws)] }
        if (value instanceof List) return value.collect { mark(it, raws) }
        value
    }
}

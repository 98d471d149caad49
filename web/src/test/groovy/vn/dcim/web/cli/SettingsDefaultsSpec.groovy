package vn.dcim.web.cli

import com.tngtech.archunit.core.domain.JavaClass
import io.micronaut.context.annotation.ConfigurationProperties
import io.micronaut.context.ApplicationContext
import io.micronaut.context.env.Environment
import io.micronaut.core.bind.annotation.Bindable
import io.micronaut.core.convert.ConversionService
import io.micronaut.core.naming.NameUtils
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.web.testing.ProductClasses

import java.lang.reflect.RecordComponent
import java.nio.file.Files
import java.nio.file.Path

/**
 * A setting's default is written once, on its settings record (`@Bindable(defaultValue)`), where dcim-core's
 * specs and the remote collector, which never read web's application.yml, find it too. application.yml
 * shows each setting to the operator with its value; this spec holds the two equal, so the compliance view,
 * the feature that enforces a rule and the file an operator reads cannot drift apart. The same holds
 * for the settings still read one by one with {@code @Value("${key:default}")}.
 */
class SettingsDefaultsSpec extends Specification {
    /** The product's @ConfigurationProperties records, found in its classes (not listed by hand). */
    @Shared List<Class<?>> records = ProductClasses.imported().findAll { JavaClass c -> c.isAnnotatedWith(ConfigurationProperties) }
            .collect { it.reflect() }.findAll { it.isRecord() }.sort { it.name }

    @Shared List<List> defaults = defaults(records)

    def "the product's settings records with defaults are found"() {
        expect:
        records*.simpleName.containsAll(['AccountSettings', 'PasswordSettings', 'PasswordHashSettings', 'LockoutSettings', 'SyslogSettings'])
        defaults.size() > 20
    }

    def "application.yml gives every setting the default its settings record has"() {
        expect: 'no setting that application.yml writes with another value (DCIM_* unset)'
        differing(applicationYml([:])) == []
    }

    def "a default written differently in application.yml would be caught"() {
        expect:
        differing(applicationYml(['dcim.accounts.lockout.window': '10m', 'dcim.accounts.password.min-length': '12'])) ==
                ['dcim.accounts.lockout.window', 'dcim.accounts.password.min-length']
    }

    def "application.yml gives every setting read with @Value the default the code reads it with"() {
        given: 'each @Value("${key:default}") of the product\'s sources'
        def yml = applicationYml([:])
        List<String> wrong = []
        try {
            valueDefaults().each { String file, String key, String fallback ->
                String written = yml.getProperty(key, String).orElse(null)
                // an empty fallback is "not set" (no broker, no datasource outside the product), not a default
                if (written != null && !fallback.isEmpty() && written != fallback) {
                    wrong << "$file: $key is '$fallback' in the code, '$written' in application.yml".toString()
                }
            }
        } finally {
            yml.close()
        }

        expect:
        valueDefaults().size() > 20
        wrong == []
    }

    /** Each {@code @Value("${key:default}")} in the product's Java sources: the file, the key and the default. */
    static List<List<String>> valueDefaults() {
        Path root = Path.of('..').toAbsolutePath().normalize()
        List<List<String>> out = []
        ['dcim-core', 'snmp-poller', 'mqtt-bridge', 'web'].each { module ->
            Path src = root.resolve(module).resolve('src/main/java')
            Files.walk(src).withCloseable { files ->
                files.filter { it.toString().endsWith('.java') }.forEach { Path f ->
                    (Files.readString(f) =~ /@(?:io\.micronaut\.context\.annotation\.)?Value\("\$\{([^}:]+):([^}]*)\}"\)/).each { all, key, fallback ->
                        out << [root.relativize(f).toString(), key as String, fallback as String]
                    }
                }
            }
        }
        out
    }

    /** The settings whose value in {@code env} is not their record's default. */
    List<String> differing(Environment env) {
        try {
            defaults.findResults { String setting, Class<?> type, String fallback ->
                String written = env.getProperty(setting, String).orElse(null)
                written == null || convert(written, type) == convert(fallback, type) ? null : setting
            }.sort()
        } finally {
            env.close()
        }
    }

    /** web's application.yml as the product reads it (no context started, no bean made), with {@code more} on top. */
    static Environment applicationYml(Map<String, Object> more) {
        ApplicationContext.builder().deduceEnvironment(false).properties(more).build().environment.start()
    }

    static Object convert(String value, Class<?> type) {
        ConversionService.SHARED.convert(value, type).orElse(null)
    }

    /** Each record component with a default: its property name, its type and the default as written. */
    static List<List> defaults(List<Class<?>> records) {
        records.collectMany { Class<?> r ->
            String prefix = r.getAnnotation(ConfigurationProperties).value()
            def constructor = r.getDeclaredConstructor(r.recordComponents*.type as Class[])
            r.recordComponents.toList().withIndex().findResults { RecordComponent c, int i ->
                Bindable b = c.getAnnotation(Bindable) ?: constructor.parameters[i].getAnnotation(Bindable)
                b?.defaultValue() ? [prefix + '.' + NameUtils.hyphenate(c.name), boxed(c.type), b.defaultValue()] : null
            }
        }
    }

    static Class<?> boxed(Class<?> type) {
        type.isPrimitive() ? [(int): Integer, (long): Long, (boolean): Boolean, (double): Double][type] : type
    }
}

package vn.dcim.web.architecture

import com.tngtech.archunit.base.DescribedPredicate
import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import vn.dcim.web.testing.ProductClasses
import com.tngtech.archunit.lang.ArchRule
import io.micronaut.http.HttpResponse
import io.micronaut.http.annotation.ServerFilter
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.db.Jdbc

import javax.sql.DataSource
import java.sql.DriverManager
import java.time.Clock
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime
import java.time.OffsetDateTime
import java.time.YearMonth
import java.time.ZoneId
import java.time.ZoneOffset
import java.time.ZonedDateTime
import java.util.TimeZone
import java.util.concurrent.Executors

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices

/**
 * The architecture of docs/architecture.md as rules the build holds: web is thin (no
 * repository, no JDBC helper, no paging after loading everything), core has no package cycle and
 * depends on no outer module, a collector never depends on web, time comes from the injected Clock (the centre's zone named once, no wall-clock milliseconds) and
 * only the launchers read DCIM_* from the environment. Each rule is also run against
 * {@code vn.dcim.archfixture}, test classes that break it on purpose, so a rule that could not fail
 * fails this spec.
 */
class ArchitectureSpec extends Specification {
    /** The product's classes: main code of every module, neither specs nor the test jars they share. */
    @Shared
    JavaClasses product = ProductClasses.imported()

    @Shared
    JavaClasses broken = new ClassFileImporter().importPackages('vn.dcim.archfixture')

    def "the product holds: #rule"() {
        when:
        def result = check(rule, 'product').evaluate(product)

        then:
        product.size() > 1000
        result.failureReport.details.take(30) == []

        where:
        rule << RULES
    }

    def "the rule can fail: #rule"() {
        when:
        def result = check(rule, 'fixture').evaluate(broken)

        then:
        result.hasViolation()

        where:
        rule << RULES
    }

    static final List<String> RULES = ['web touches no repository and no JDBC helper',
                                       'web pages in SQL, never with subList',
                                       'core has no package cycle',
                                       'core depends on no outer module',
                                       'a collector never depends on web',
                                       'a collector reaches the database only through core\'s services',
                                       'time comes from the injected Clock',
                                       'no wall-clock milliseconds',
                                       'the centre\'s zone is named in one place',
                                       'a day a person sees is the centre\'s, UTC only where time is stored',
                                       'threads come from NamedThreads',
                                       'only the launcher reads the environment',
                                       'hand SQL goes through the one JDBC helper',
                                       'a route refuses by throwing, never by returning a 404']

    /** Where the product's web classes are, or the fixture standing in for them. */
    private static ArchRule check(String rule, String on) {
        boolean product = on == 'product'
        String web = product ? 'vn.dcim.web..' : 'vn.dcim.archfixture.web..'
        switch (rule) {
            case 'web touches no repository and no JDBC helper':
                return noClasses().that().resideInAPackage(web)
                        .should().dependOnClassesThat(coreRepository())
                        .orShould().dependOnClassesThat().areAssignableTo(Jdbc)
                        .because('controllers and screens call one core service per feature; transactions and SQL live in core')
            case 'web pages in SQL, never with subList':
                // the label sheet's subList cuts labels into printed pages: not paging a result
                return noClasses().that().resideInAnyPackage(product ? ['vn.dcim.web.api..', 'vn.dcim.web.ui..'] as String[] : [web] as String[])
                        .should().callMethod(List, 'subList', int, int)
                        .because('a page is cut by the query (Pageable, LIMIT/OFFSET), not after loading everything')
            case 'core has no package cycle':
                return slices().matching(product ? 'vn.dcim.core.(*)..' : 'vn.dcim.archfixture.cycle.(*)..')
                        .should().beFreeOfCycles()
            case 'core depends on no outer module':
                return noClasses().that().resideInAPackage(product ? 'vn.dcim.core..' : 'vn.dcim.archfixture.core..')
                        .should().dependOnClassesThat().resideInAnyPackage('vn.dcim.web..', 'vn.dcim.snmp..', 'vn.dcim.mqtt..')
                        .because('dependencies point inward to dcim-core')
            case 'a collector never depends on web':
                return noClasses().that().resideInAnyPackage(product ? ['vn.dcim.snmp..', 'vn.dcim.mqtt..'] as String[] : ['vn.dcim.archfixture.collector..'] as String[])
                        .should().dependOnClassesThat().resideInAPackage('vn.dcim.web..')
                        .because('a remote collector runs without web (its slim jar, docs/deploy/collector.md)')
            case 'a collector reaches the database only through core\'s services':
                return noClasses().that().resideInAnyPackage(product ? ['vn.dcim.snmp..', 'vn.dcim.mqtt..'] as String[] : ['vn.dcim.archfixture.collector..'] as String[])
                        .should().dependOnClassesThat(coreRepository())
                        .orShould().dependOnClassesThat().areAssignableTo(Jdbc)
                        .orShould().dependOnClassesThat().areAssignableTo(DataSource)
                        .orShould().dependOnClassesThat().areAnnotatedWith(io.micronaut.data.jdbc.annotation.JdbcRepository)
                        .because('every table has one owner in core; a poller or the bridge asks its service (docs/architecture.md)')
            case 'time comes from the injected Clock':
                return noClasses().that(notClockFactory())
                        .should().callMethod(Instant, 'now')
                        .orShould().callMethod(LocalDate, 'now')
                        .orShould().callMethod(LocalDateTime, 'now')
                        .orShould().callMethod(LocalTime, 'now')
                        .orShould().callMethod(ZonedDateTime, 'now')
                        .orShould().callMethod(OffsetDateTime, 'now')
                        .orShould().callMethod(YearMonth, 'now')
                        .orShould().callMethod(Clock, 'systemUTC')
                        .orShould().callMethod(Clock, 'systemDefaultZone')
                        .because('the center clock (DCIM_TIME_ZONE) is injected so that specs and duties agree on the time')
            case 'no wall-clock milliseconds':
                // an interval is System.nanoTime (the wall clock jumps); a time of day is the Clock's
                return noClasses().that(notClockFactory())
                        .should().callMethod(System, 'currentTimeMillis')
                        .because('a time a person sees comes from the injected Clock; an interval from the monotonic nanoTime')
            case 'the centre\'s zone is named in one place':
                return noClasses().that(notCenterZone())
                        .should().callMethod(ZoneId, 'of', String)
                        .orShould().callMethod(TimeZone, 'getTimeZone', String)
                        .because('the centre\'s zone is the Clock\'s (DCIM_TIME_ZONE); CenterZone alone names a default')
            case 'a day a person sees is the centre\'s, UTC only where time is stored':
                return noClasses().that(notStorageTime())
                        .should().accessField(ZoneOffset, 'UTC')
                        .because('a licence\'s end, a due date, a report\'s day are the centre\'s (the Clock\'s zone); UTC is the DATETIME columns\' and their partitions\'')
            case 'threads come from NamedThreads':
                return noClasses().that(notThreadMaker())
                        .should().dependOnClassesThat().areAssignableTo(Executors)
                        .orShould().callConstructor(Thread, Runnable)
                        .orShould().callConstructor(Thread, Runnable, String)
                        .orShould().callConstructor(Thread, ThreadGroup, Runnable, String)
                        .because('a thread of the product is a named daemon whose uncaught failure is logged (NamedThreads)')
            case 'only the launcher reads the environment':
                return noClasses().that(notLauncher())
                        .should().callMethod(System, 'getenv', String)
                        .orShould().callMethod(System, 'getenv')
                        .because('settings come from application.yml (typed @ConfigurationProperties); the launcher maps DCIM_* onto them')
            case 'hand SQL goes through the one JDBC helper':
                return noClasses().that(ownsNoConnection())
                        .should().dependOnClassesThat().areAssignableTo(DataSource)
                        .orShould().callMethod(DriverManager, 'getConnection', String, String, String)
                        .because('Jdbc joins the caller\'s transaction; a connection of its own commits outside it (docs/architecture.md)')
            case 'a route refuses by throwing, never by returning a 404':
                // a returned 404 is answered again by the status route, which spins for ever when the route had taken
                // the request's body (NoRoute); a filter answers before any route, so it may return one
                return noClasses().that().resideInAPackage(web).and().areNotAnnotatedWith(ServerFilter)
                        .should().callMethod(HttpResponse, 'notFound')
                        .orShould().callMethod(HttpResponse, 'notFound', Object)
                        .because('a thrown refusal goes to its exception handler, which needs no body (NoRoute)')
        }
        throw new IllegalArgumentException(rule)
    }

    private static DescribedPredicate<JavaClass> coreRepository() {
        DescribedPredicate.describe('are core repositories', { JavaClass c ->
            c.packageName.startsWith('vn.dcim.core.') && c.simpleName.endsWith('Repository')
        })
    }

    /**
     * The one place that makes the product's clock; besides it the demo's simulated devices, which stand
     * outside the product and keep their own time as real devices do, and the launcher's commands, which
     * run before (or without) the product's context.
     */
    private static DescribedPredicate<JavaClass> notClockFactory() {
        DescribedPredicate.describe('are not the clock factory, a simulated device or a launcher command', { JavaClass c ->
            !(c.name == 'vn.dcim.core.time.ClockFactory' || c.packageName == 'vn.dcim.mqtt.demo' || c.packageName == 'vn.dcim.web.cli')
        })
    }

    /**
     * Who may hold a connection: the helper itself, Quartz's job store (it takes a DataSource), the pool's
     * gauges (read, no SQL), the restore check that counts a restored copy in a schema of its own, and the
     * launcher's offline backup command.
     */
    private static DescribedPredicate<JavaClass> ownsNoConnection() {
        DescribedPredicate.describe('own no connection', { JavaClass c ->
            String outer = c.name.replaceFirst('\\$.*', '')
            // DatabaseReachability: the database's probe, on a connection of its own outside the pool on purpose
            !(outer in ['vn.dcim.core.db.Jdbc', 'vn.dcim.core.schedule.QuartzFactory', 'vn.dcim.web.metrics.DcimMeters',
                        'vn.dcim.core.backup.RowCounts', 'vn.dcim.core.db.DatabaseReachability'] || c.packageName == 'vn.dcim.web.cli')
        })
    }

    /**
     * Who may name a zone: CenterZone and the clock factory, and a maintenance window's recurrence, whose own
     * zone (an RFC 5545 TZID the window was saved with) is read from its row.
     */
    private static DescribedPredicate<JavaClass> notCenterZone() {
        DescribedPredicate.describe('are not CenterZone, the clock factory or a window\'s recurrence', { JavaClass c ->
            !(c.name in ['vn.dcim.core.time.CenterZone', 'vn.dcim.core.time.ClockFactory', 'vn.dcim.core.suppression.Recurrences'])
        })
    }

    /**
     * Who may take a day in UTC: the database's time helpers, the stored readings (their partitions, chunks and
     * roll-up buckets are UTC days), the backup's file names, and the capacity forecasts and the demo's history,
     * whose days are those daily roll-up buckets.
     */
    private static DescribedPredicate<JavaClass> notStorageTime() {
        DescribedPredicate.describe('do not store time', { JavaClass c ->
            String outer = c.name.replaceFirst('\\$.*', '')
            !(c.packageName in ['vn.dcim.core.db', 'vn.dcim.core.telemetry'] || outer in ['vn.dcim.core.backup.DatabaseBackup',
                    'vn.dcim.core.capacity.CapacityForecasts', 'vn.dcim.core.demo.DemoCapacityHistory'])
        })
    }

    /** NamedThreads, and the launchers' shutdown hooks (a hook is a thread the JVM starts, not the product). */
    private static DescribedPredicate<JavaClass> notThreadMaker() {
        DescribedPredicate.describe('are not NamedThreads or a launcher', { JavaClass c ->
            !(c.name == 'vn.dcim.core.threads.NamedThreads' || c.name == 'vn.dcim.web.cli.RunCommand'
                    || c.name == 'vn.dcim.snmp.collector.CollectorMain')
        })
    }

    /** The launchers: `./dcim` (web's main and its commands) and the remote collector's main. */
    private static DescribedPredicate<JavaClass> notLauncher() {
        DescribedPredicate.describe('are not a launcher', { JavaClass c ->
            !(c.name == 'vn.dcim.web.Application' || c.packageName == 'vn.dcim.web.cli'
                    || c.name == 'vn.dcim.snmp.collector.CollectorMain')
        })
    }
}

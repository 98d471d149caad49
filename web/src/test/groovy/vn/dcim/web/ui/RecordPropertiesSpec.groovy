package vn.dcim.web.ui

import ognl.OgnlRuntime
import org.thymeleaf.TemplateEngine
import org.thymeleaf.context.Context
import org.thymeleaf.exceptions.TemplateProcessingException
import spock.lang.Specification

/** A screen's row read in a template: its components by accessor, everything else as OGNL reads it. */
class RecordPropertiesSpec extends Specification {
    def setupSpec() {
        RecordProperties.install()
    }

    def "a record's #expression reads #shown"() {
        given:
        def row = new ShownRow('Phòng máy Bắc Kạn', 3)

        expect: 'records are read by their accessors, found once per type'
        OgnlRuntime.getPropertyAccessor(ShownRow) instanceof RecordProperties
        new TemplateEngine().process("<p th:text=\"$expression\">x</p>".toString(), new Context(Locale.ENGLISH, [row: row])) ==
                "<p>$shown</p>".toString()

        where:
        expression               || shown
        '${row.name}'            || 'Phòng máy Bắc Kạn'
        '${row.racks}'           || '3'
        '${row.racks + 1}'       || '4'
        '${row.name.length()}'   || '17'
        '${row.label()}'         || 'Phòng máy Bắc Kạn (3)'
        '${row.label}'           || 'Phòng máy Bắc Kạn (3)'
    }

    def "a name the record does not have is still an error of the template"() {
        when:
        new TemplateEngine().process('<p th:text="${row.nothing}">x</p>', new Context(Locale.ENGLISH, [row: new ShownRow('a', 1)]))

        then:
        thrown(TemplateProcessingException)
    }
}

record ShownRow(String name, int racks) {
    String label() { "$name ($racks)" }
}

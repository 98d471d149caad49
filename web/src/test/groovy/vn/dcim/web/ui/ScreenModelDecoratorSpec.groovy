package vn.dcim.web.ui

import io.micronaut.core.beans.exceptions.IntrospectionException
import spock.lang.Specification
import vn.dcim.web.ui.centre.CentreChoice
import vn.dcim.web.ui.registry.RegistryViews

/**
 * A screen's typed model reaches its template as the variables a map model gave it: its own components by name, a
 * part's (the layout's frame, the centre selector) beside them, so that the templates and the page's common
 * processors read it unchanged.
 */
class ScreenModelDecoratorSpec extends Specification {

    def "a screen's record is laid out as its components, its parts' components beside them"() {
        given: 'the report page: its own period, the frame and the centre selector as parts'
        def frame = new Navigation.Frame(Navigation.items(), '/ui/reports', 'reports')
        def choice = new CentreChoice.Choice([new CentreChoice.Option(7L, 'Trung tâm Hà Giang', 'Tuyên Quang')], 7L, '7', true)
        def page = new RegistryViews.Reports(frame, '2026-Q3', choice)

        when:
        Map<String, Object> variables = ScreenModelDecorator.variablesOf(page)

        then: 'the names the layout and the templates have always read, and no name of a part itself'
        variables.keySet() == ['nav', 'path', 'screen', 'period', 'centres', 'centre', 'centreParam', 'provinceView'] as Set
        variables.path == '/ui/reports'
        variables.screen == 'reports'
        variables.nav == Navigation.items()
        variables.period == '2026-Q3'
        variables.centre == 7L
        variables.centreParam == '7'
        variables.centres*.name == ['Trung tâm Hà Giang']
    }

    def "a component without a value is there, empty, as a map's missing key reads"() {
        when:
        Map<String, Object> variables = ScreenModelDecorator.variablesOf(new CentreChoice.Choice([], null, '', true))

        then:
        variables.containsKey('centre')
        variables.centre == null
        variables.centreParam == ''
    }

    def "a model left without introspection is refused by its class, not rendered as a page of empty fields"() {
        when:
        ScreenModelDecorator.variablesOf(new StringBuilder('not a screen'))

        then:
        IntrospectionException refused = thrown()
        refused.message.contains('StringBuilder')
    }
}

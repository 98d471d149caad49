package vn.dcim.core.centre

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.error.ConflictException
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.error.NotFoundException
import vn.dcim.core.site.LocationRegistry
import vn.dcim.core.site.Site
import vn.dcim.core.testing.MariaDbSpec


/** A merged province runs two centres, each its own sites: the register of centres and of the sites each runs. */
@MicronautTest(transactional = false)
class CentresSpec extends MariaDbSpec {
    @Inject Centres centres
    @Inject LocationRegistry locations

    static String code() { 'tt-' + System.nanoTime() % 1_000_000 }

    def "a site is run by one centre: assigning it to another moves it"() {
        given:
        def siteId = 'site-' + System.nanoTime() % 1_000_000
        locations.createSite(new Site(siteId, 'Phòng máy chủ', 'Thái Nguyên', null), 'am-1')
        def a = centres.add(code(), 'A', 'Thái Nguyên', 'leader')
        def b = centres.add(code(), 'B', 'Thái Nguyên', 'leader')

        when:
        centres.assignSite(a.id(), siteId, 'leader')

        then:
        centres.sitesOf(a.id()) == [siteId]
        centres.centreOf(siteId).get().id() == a.id()

        when:
        centres.assignSite(b.id(), siteId, 'leader')

        then:
        centres.sitesOf(a.id()) == []
        centres.sitesOf(b.id()) == [siteId]

        when:
        centres.releaseSite(b.id(), siteId, 'leader')

        then:
        centres.centreOf(siteId).isEmpty()

        when: 'a site that is not the centre\'s, and a site that does not exist'
        centres.releaseSite(a.id(), siteId, 'leader')

        then:
        thrown(NotFoundException)

        when:
        centres.assignSite(a.id(), 'no-such-site', 'leader')

        then:
        thrown(NotFoundException)
    }

    def "a centre the register cannot keep is refused: #why"() {
        when:
        centres.add(code, name, province, 'leader')

        then:
        thrown(expected)

        where:
        why                  | code        | name        | province      || expected
        'blank code'         | ' '         | 'A'         | 'Thái Nguyên' || InvalidInputException
        'spaces in the code' | 'tt bk'     | 'A'         | 'Thái Nguyên' || InvalidInputException
        'a code too long'    | 'a' * 33    | 'A'         | 'Thái Nguyên' || InvalidInputException
        'no name'            | 'tt-x1'     | ''          | 'Thái Nguyên' || InvalidInputException
        'no province'        | 'tt-x2'     | 'A'         | null          || InvalidInputException
    }

    def "a code is the centre's for good"() {
        given:
        def c = code()
        centres.add(c, 'A', 'An Giang', 'leader')

        when:
        centres.add(c.toUpperCase(), 'B', 'An Giang', 'leader')

        then:
        thrown(ConflictException)
    }

    def "a renamed centre keeps its code"() {
        given:
        def centre = centres.add(code(), 'Trung tâm Kiên Giang', 'Kiên Giang', 'leader')

        when:
        def renamed = centres.update(centre.id(), 'Trung tâm Kiên Giang (cũ)', 'An Giang', 'leader')

        then:
        renamed.code() == centre.code()
        centres.get(centre.id()).province() == 'An Giang'
    }
}

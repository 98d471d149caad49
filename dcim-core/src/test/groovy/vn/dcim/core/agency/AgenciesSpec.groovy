package vn.dcim.core.agency

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.error.ConflictException
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.testing.MariaDbSpec

/** The register of hosted agencies: codes unique and kept, retired rather than deleted. */
@MicronautTest(transactional = false)
class AgenciesSpec extends MariaDbSpec {
    @Inject Agencies agencies

    def "an agency keeps its code through a rename and a retirement, and no second agency takes it"() {
        given:
        def code = 'stttt-' + System.nanoTime() % 100000
        def added = agencies.add(code, 'Sở Thông tin và Truyền thông', 'Nguyễn Văn A', '0912 345 678', null, null, 'am-1')

        when:
        def renamed = agencies.update(added.id(), 'Sở Khoa học và Công nghệ', 'Trần Thị B', null, 'b@skhcn.gov.vn', null, 'am-1')
        def retired = agencies.retire(added.id(), 'am-1')

        then:
        added.code() == code.toUpperCase()
        renamed.code() == added.code()
        renamed.name() == 'Sở Khoa học và Công nghệ'
        retired.retired()
        !agencies.list(false, 1000, 0).any { it.id() == added.id() }
        agencies.list(true, 1000, 0).any { it.id() == added.id() }

        when:
        agencies.add(code.toLowerCase(), 'Another', null, null, null, null, 'am-1')

        then:
        thrown(ConflictException)

        when:
        agencies.retire(added.id(), 'am-1')

        then:
        thrown(ConflictException)
    }

    def "a code or name that a label or report cannot carry is refused: #why"() {
        when:
        agencies.add(code, name, null, null, null, null, 'am-1')

        then:
        thrown(InvalidInputException)

        where:
        why             | code          | name
        'blank code'    | ' '           | 'Sở Y tế'
        'spaces inside' | 'SO Y TE'     | 'Sở Y tế'
        'too long'      | 'A' * 33      | 'Sở Y tế'
        'no name'       | 'SYT'         | ''
        'null name'     | 'SYT2'        | null
    }
}

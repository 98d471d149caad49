package vn.dcim.web.security

import spock.lang.Specification
import vn.dcim.core.account.Role

/** What a person's groups at the sign-on provider give: roles, and the sites the account is limited to. */
class ProviderGroupsSpec extends Specification {
    static final String ROLES = 'dcim/tn-operators=operator, dcim/hy-operators=operator, lanh-dao=supervisor, lanh-dao=auditor'
    static final String SITES = 'dcim/tn-operators=TN01, dcim/tn-operators=TN02, dcim/hy-operators=HY01, lanh-dao=*'

    def "groups #groups give #roles, limited to #sites"() {
        expect:
        def grant = new ProviderGroups(ROLES, SITES).of(groups)
        grant.roles() == roles as Set
        grant.sites() == sites as Set

        where:
        groups                                       || roles                             | sites
        ['/dcim/tn-operators']                       || [Role.operator]                   | ['TN01', 'TN02']
        ['DCIM/TN-Operators', 'dcim/hy-operators']   || [Role.operator]                   | ['TN01', 'TN02', 'HY01']
        ['lanh-dao']                                 || [Role.supervisor, Role.auditor]   | []
        ['dcim/tn-operators', 'lanh-dao']            || [Role.operator, Role.supervisor, Role.auditor] | []
        ['staff', 'khach']                           || []                                | []
        []                                           || []                                | []
    }

    def "a role that does not exist is refused at start, naming the setting"() {
        when:
        new ProviderGroups('dcim-operators=operatr', null)

        then:
        def e = thrown(IllegalStateException)
        e.message.contains('DCIM_OIDC_GROUP_ROLES') && e.message.contains('operatr')
    }

    def "a group giving the agency role is refused at start: a group cannot say which agency (#setting)"() {
        when:
        make.call()

        then:
        def e = thrown(IllegalStateException)
        e.message.contains(setting) && e.message.contains('agency') && e.message.contains('so-tn')

        where:
        setting                 | make
        'DCIM_OIDC_GROUP_ROLES' | { -> new ProviderGroups('dcim/ops=operator, so-tn=agency', null) }
        'DCIM_LDAP_GROUP_ROLES' | { -> DirectorySignIn.parse('dcim-ops=operator, so-tn=agency') }
    }
}

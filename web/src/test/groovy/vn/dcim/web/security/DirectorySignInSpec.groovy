package vn.dcim.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

/**
 * Sign-in with the center's directory: a real OpenLDAP (slapd, started by .ci/services with
 * .ci/ldap/directory.ldif), its groups mapped to roles, the local administrator kept for emergencies.
 */
@MicronautTest(transactional = false)
class DirectorySignInSpec extends CallsSpec {
    @Inject TestUsers users

    @Override
    Map<String, String> extraProperties() {
        ['micronaut.security.ldap.default.enabled'                : 'true',
         'micronaut.security.ldap.default.context.server'         : System.getenv('DCIM_TEST_LDAP_URL') ?: 'ldap://127.0.0.1:3389',
         'micronaut.security.ldap.default.context.manager-dn'     : 'cn=admin,dc=dcim,dc=test',
         'micronaut.security.ldap.default.context.manager-password': 'ldap-admin-pass',
         'micronaut.security.ldap.default.search.base'            : 'ou=people,dc=dcim,dc=test',
         'micronaut.security.ldap.default.groups.base'            : 'ou=groups,dc=dcim,dc=test',
         'micronaut.security.ldap.default.groups.filter'          : 'member={0}',
         'dcim.directory.group-roles'                             : 'dcim-operators=operator, DCIM-Auditors=auditor']
    }

    def "#username signs in with the directory password and gets #rights"() {
        when:
        def login = users.login(username, password)

        then:
        login.status == (rights ? 200 : 401)
        !rights || calls.get('/api/me', login.access_token as String).json.rights == rights

        where:
        username    | password          || rights
        'le.van'    | 'Ldap-Truc#2026'  || ['operator']
        'pham.thu'  | 'Ldap-Thu#2026'   || ['auditor']
        'le.van'    | 'wrong-password'  || null
        'ngo.khach' | 'Ldap-Khach#2026' || null  // in no group with a DCIM role
        'nobody'    | 'Ldap-Truc#2026'  || null
    }

    def "the local administrator still signs in; a directory account is listed, its password is the directory's, and a lock here holds"() {
        given:
        String token = users.login('le.van', 'Ldap-Truc#2026').access_token
        String admin = users.adminToken()
        def listed = calls.get('/api/users', admin).json.find { it.username == 'le.van' }

        expect:
        admin
        listed.directory
        listed.roles == ['operator']
        calls.get('/api/alarms', token).status == 200
        calls.post('/api/me/password', [currentPassword: 'Ldap-Truc#2026', newPassword: 'Another#Pass2026'], token).status == 422

        when:
        calls.post("/api/users/${listed.id}/lock", [why: 'left the center'], admin)

        then:
        calls.get('/api/alarms', token).status == 401
        users.login('le.van', 'Ldap-Truc#2026').status == 401
    }
}

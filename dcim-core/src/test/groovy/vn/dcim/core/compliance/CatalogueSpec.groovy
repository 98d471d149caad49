package vn.dcim.core.compliance

import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.SharedData

import java.text.Normalizer

/** The catalogue is the regulation as data: every requirement id of QĐ 11/2023 and QĐ 22/2021 in requirements.md is a row. */
class CatalogueSpec extends Specification {

    @Shared Catalogue catalogue = new Catalogue()

    static Set<String> idsOfRequirementsMd() {
        def text = SharedData.root().resolve('regulation/requirements.md').toFile().getText('UTF-8')
        (text =~ /R-00[03]-[0-9A-Za-z.-]+/).collect { String id -> id.replaceAll(/[.-]$/, '') } as Set
    }

    def "every id of QĐ 11/2023 and QĐ 22/2021 in requirements.md is in the catalogue, and nothing else"() {
        given:
        def expected = idsOfRequirementsMd()

        expect:
        expected.size() == 176
        (expected - catalogue.all()*.id()).isEmpty()
        (catalogue.all().findAll { it.seed() != 'L91' }*.id() as Set) == expected
    }

    def "each row has its article, the regulation's Vietnamese text, the English paraphrase and a kind"() {
        expect:
        catalogue.all().findAll { it.seed() != 'L91' }.every { r ->
            r.article() ==~ /(000 )?Art\. \d+(\.\d+)?[a-zđ]*/ && r.vi().startsWith('Điều ') && r.en() && r.kind() != null
        }
        // the personal data protection law's text is not in the regulation folder: named by the law, and by an article only
        // where published readings agree on its number (Điều 4, the data subject's rights)
        catalogue.all().findAll { it.seed() == 'L91' }*.id() == ['R-L91-retention', 'R-L91-sensitive-reads', 'R-L91-subject-requests']
        catalogue.all().findAll { it.seed() == 'L91' }*.article() == ['Luật 91/2025/QH15', 'Luật 91/2025/QH15', 'Luật 91/2025/QH15 Điều 4']
        catalogue.all().findAll { it.seed() == 'L91' }.every { r ->
            r.vi().startsWith('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15') && r.en() && r.check()
        }
        catalogue.all().findAll { it.kind() == Requirement.Kind.automatic }.every { it.check() }
        catalogue.all().findAll { it.kind() == Requirement.Kind.not_applicable }.every { it.reason() }
        catalogue.all().findAll { it.kind() == Requirement.Kind.attestation }.every { it.validityDays() > 0 }
    }

    def "the Vietnamese text quotes the seed itself (#id)"() {
        given:
        def seed = Normalizer.normalize(SharedData.root().resolve("regulation/$file").toFile().getText('UTF-8'), Normalizer.Form.NFC)

        expect:
        catalogue.find(id).get().vi().contains(words)
        seed.contains(words)

        where:
        id            | file                        || words
        'R-003-06.5'  | '003_fe59c66e1d65f6d6.txt'  || 'lưu trữ tối thiểu trong thời gian là 30 ngày'
        'R-003-16.3'  | '003_fe59c66e1d65f6d6.txt'  || '30 ngày'
        'R-000-08.1'  | '000_97f6fbe69eb8b326.txt'  || 'Sao lưu dữ liệu dự phòng'
    }

    def "the counts of each kind"() {
        expect:
        catalogue.all().countBy { it.kind() } == [(Requirement.Kind.automatic): 51, (Requirement.Kind.attestation): 120,
                                                  (Requirement.Kind.not_applicable): 8]
    }

    def "every profile has every number the checks ask for, each with its article"() {
        given:
        def keys = PolicyProfiles.load('qd-11-2023-bac-kan').values().keySet()

        expect:
        PolicyProfiles.IDS.every { PolicyProfiles.load(it).values().keySet() == keys }
        PolicyProfiles.IDS.every { id -> PolicyProfiles.load(id).values().values().every { it.article() } }
        PolicyProfiles.load('bac-kan').whole('camera-retention-days') == 30
        PolicyProfiles.load('kon-tum').draft()
        PolicyProfiles.load('an-giang').whole('backup-locations-min') == 3
        PolicyProfiles.builtIn()*.id() == PolicyProfiles.IDS
        PolicyProfiles.builtIn().every { it.regulation() && it.issuer() && it.aliases().size() == 1 }
    }
}

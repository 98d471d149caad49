package vn.dcim.web.pdf

import org.apache.pdfbox.pdmodel.PDDocument
import org.apache.pdfbox.pdmodel.font.PDType0Font
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * The report's and the operation log's wrapping: lines no wider than their column, at spaces where possible,
 * inside a word only when the word alone is wider, every word kept. Each line is measured here as PDFBox
 * measures a whole string, so the per-character widths PdfText adds up must give the same lines.
 */
class PdfTextSpec extends Specification {
    static final float SIZE = 8

    @Shared @AutoCleanup PDDocument doc = new PDDocument()
    @Shared PDType0Font font = PDType0Font.load(doc, PdfTextSpec.getResourceAsStream('/fonts/DejaVuSans.ttf'))

    def "#what at #width pt: every line fits, breaks fall at spaces, nothing is lost"() {
        when:
        def lines = new PdfText().wrap(text, font, SIZE, width)

        then: 'no line wider than the column, but a single character that is wider alone'
        lines.every { widthOf(it) <= width || it.codePointCount(0, it.length()) == 1 }

        and: 'within a paragraph, a line ends before a word only when that word did not fit on it'
        text.contains('\n') || [lines, lines.drop(1)].transpose().every { String line, String next ->
            widthOf(line + ' ' + next.split(' ')[0]) > width
        }

        and: 'the words, in order, with the line breaks'
        lines.join(' ').split(/\s+/).join('') == text.split(/\s+/).join('')
        lines.size() >= text.count('\n') + 1

        where:
        what                                 | text                                                                          | width
        'a sentence'                         | 'Art. 6.5: camera footage kept at least 30 days in the integration center'    | 80
        'Vietnamese'                         | 'Điều 6.5: lưu trữ dữ liệu camera tối thiểu 30 ngày tại Trung tâm tích hợp dữ liệu' | 60
        'a hash longer than the column'      | 'sha256 3f9a0c1d2e4b6a8c0e2f4a6b8d0f1e3c5a7b9d1f3e5a7c9b1d3f5e7a9c1b3d5f'        | 50
        'a line break kept'                  | 'Máy chủ cổng dịch vụ công\nSở Khoa học và Công nghệ'                           | 70
        'one word, a narrow column'          | 'Trung-tâm-Tích-hợp-dữ-liệu'                                                  | 6
        'empty'                              | ''                                                                            | 40
        'spaces only'                        | '   '                                                                         | 40
    }

    def "the lines are those of measuring each candidate whole, as before the widths were remembered"() {
        expect:
        new PdfText().wrap(text, font, SIZE, width) == measuredWhole(text, width)

        where:
        text                                                                                      | width
        'Điều 16.3: nhật ký vận hành được ghi đầy đủ, ký xác nhận sau mỗi ca trực, lưu giữ ≥ 12 tháng' | 90
        'https://dcim.example.vn/ui/compliance/requirements/QD11-2023-Art-25.3a?lang=vi&period=2026-Q4' | 70
        'a b c d e f g h i j k l m n o p q r s t u v w x y z'                                     | 20
    }

    float widthOf(String s) { font.getStringWidth(s) / 1000 * SIZE }

    /** The wrapping as it was first written: every candidate line and every cut measured as a whole string. */
    List<String> measuredWhole(String text, float width) {
        List<String> lines = []
        for (String paragraph : text.split('\\r?\\n', -1)) {
            StringBuilder line = new StringBuilder()
            for (String word : paragraph.split(' +')) {
                String candidate = line.isEmpty() ? word : line.toString() + ' ' + word
                if (widthOf(candidate) <= width) {
                    line.setLength(0)
                    line.append(candidate)
                    continue
                }
                if (!line.isEmpty()) {
                    lines << line.toString()
                    line.setLength(0)
                }
                String rest = word
                while (widthOf(rest) > width && rest.length() > 1) {
                    int cut = rest.length() - 1
                    while (cut > 1 && widthOf(rest.substring(0, cut)) > width) {
                        cut--
                    }
                    lines << rest.substring(0, cut)
                    rest = rest.substring(cut)
                }
                line.append(rest)
            }
            lines << line.toString()
        }
        lines
    }
}

package vn.dcim.web.pdf

import org.apache.pdfbox.Loader
import org.apache.pdfbox.cos.COSString
import org.apache.pdfbox.pdfparser.PDFStreamParser
import org.apache.pdfbox.pdmodel.PDDocument
import org.apache.pdfbox.pdmodel.PDPage
import org.apache.pdfbox.pdmodel.PDPageContentStream
import org.apache.pdfbox.text.PDFTextStripper
import spock.lang.Specification

/** The printed fonts draw every character as its own glyph: what PdfText measured is what is drawn and copied. */
class PdfFontsSpec extends Specification {

    def "'#text' in the #weight font is drawn one glyph per character and read back as written"() {
        given:
        def out = new ByteArrayOutputStream()
        new PDDocument().withCloseable { doc ->
            def page = new PDPage()
            doc.addPage(page)
            def font = weight == 'bold' ? PdfFonts.bold(doc) : PdfFonts.regular(doc)
            new PDPageContentStream(doc, page).withCloseable { PdfText.show(it, font, 10, 40, 700, text) }
            doc.save(out)
        }

        when:
        def printed = Loader.loadPDF(out.toByteArray())
        def drawn = new PDFStreamParser(printed.getPage(0)).parse().findAll { it instanceof COSString }*.bytes
        String read = new PDFTextStripper().getText(printed).trim()
        printed.close()

        then: 'two bytes (one glyph) per character: no ligature took two or three characters into one glyph'
        drawn*.size() == [2 * text.length()]
        read == text

        where:
        text                                        | weight
        'office firmware fi fl ffi ffl'             | 'regular'
        'office firmware fi fl ffi ffl'             | 'bold'
        'Phòng máy Bắc Kạn: QĐ 11/2023 Điều 6'       | 'regular'
    }
}

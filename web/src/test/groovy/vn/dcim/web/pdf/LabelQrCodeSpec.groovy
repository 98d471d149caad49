package vn.dcim.web.pdf

import spock.lang.Specification

class LabelQrCodeSpec extends Specification {

    def "a label's QR code is read back by ZXing even where ZXing's own first choice of mask is not (#url at #dpi dpi)"() {
        given: 'an asset URL whose QR code with the mask ZXing picks is missed by its own decoder at every size'
        byte[] pdf = LabelSheet.render([new LabelSheet.Label('YB-000163', 'Máy chủ ứng dụng', url)], size)

        when: 'the printed label is scanned'
        def scanned = PhoneScan.firstLabel(pdf, size, dpi)

        then:
        scanned == url

        where:
        url                                       | size             | dpi
        'http://localhost:31511/ui/assets/163'    | LabelSize.a4     | 200
        'http://localhost:31511/ui/assets/163'    | LabelSize.a4     | 300
        'http://localhost:35307/ui/assets/158'    | LabelSize.a4     | 200
        'http://localhost:52939/ui/assets/9'      | LabelSize.l62x29 | 300
        'http://dcim.ttdl.example.vn/ui/assets/1' | LabelSize.l62x29 | 200
        'http://dcim.local:25005/ui/assets/72854' | LabelSize.a4     | 200
        'http://dcim.local:25005/ui/assets/72854' | LabelSize.a4     | 150
    }
}

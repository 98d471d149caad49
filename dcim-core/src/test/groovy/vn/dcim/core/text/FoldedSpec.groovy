package vn.dcim.core.text

import spock.lang.Specification

class FoldedSpec extends Specification {

    def "'#needle' #verdict in '#text'"() {
        expect:
        Folded.contains(text, needle) == found

        where:
        text                    | needle         || found
        'Cảm biến nhiệt độ'     | 'cam bien'     || true
        'Cảm biến nhiệt độ'     | 'NHIET DO'     || true
        'Đèn báo cháy'          | 'den bao chay' || true
        'Điều hòa chính xác'    | 'dieu hoa'     || true
        'Nguyễn Văn A'          | 'nguyen van a' || true
        'Cảm biến'              | 'cảm biến'     || true
        'Cảm biến'              | 'cam bin'      || false
        null                    | 'x'            || false
        'anything'              | ' '            || true

        verdict = found ? 'is found' : 'is not found'
    }
}

package vn.dcim.web.push

import spock.lang.Specification

/**
 * Which picture addresses point back at the terminal that pushed: only http(s), no user, and the host the very IP the
 * push came from. Names are never looked up (a name that does not resolve is refused as quickly as one that does).
 */
class TerminalAddressSpec extends Specification {

    def "#address pushed from #source: #verdict"() {
        expect:
        TerminalAddress.of(address, source).isPresent() == (verdict == 'fetched')

        where:
        address                                           | source                     || verdict
        'http://10.40.1.31/LOCALS/pic/1.jpg@WEB1'         | '10.40.1.31'               || 'fetched'
        'https://10.40.1.31:8443/LOCALS/pic/1.jpg'        | '10.40.1.31'               || 'fetched'
        'HTTP://10.40.1.31/pic.jpg'                       | '10.40.1.31'               || 'fetched'
        'http://10.40.1.31/pic.jpg'                       | '::ffff:10.40.1.31'        || 'fetched'
        'http://[fd00::31]/pic.jpg'                       | 'fd00:0:0:0:0:0:0:31'      || 'fetched'
        'http://10.40.1.32/pic.jpg'                       | '10.40.1.31'               || 'refused'
        'http://terminal.example.invalid/pic.jpg'         | '10.40.1.31'               || 'refused'
        'http://localhost/pic.jpg'                        | '127.0.0.1'                || 'refused'
        'http://010.040.001.031/pic.jpg'                  | '10.40.1.31'               || 'refused'
        'http://999.40.1.31/pic.jpg'                      | '10.40.1.31'               || 'refused'
        'http://admin:12345@10.40.1.31/pic.jpg'           | '10.40.1.31'               || 'refused'
        'ftp://10.40.1.31/pic.jpg'                        | '10.40.1.31'               || 'refused'
        'file:///mnt/pic.jpg'                             | '10.40.1.31'               || 'refused'
        'http://[fd00::32]/pic.jpg'                       | 'fd00::31'                 || 'refused'
        'http://10.40.1.31/pic.jpg'                       | 'unknown'                  || 'refused'
        'not an address'                                  | '10.40.1.31'               || 'refused'
        null                                              | '10.40.1.31'               || 'refused'
    }
}

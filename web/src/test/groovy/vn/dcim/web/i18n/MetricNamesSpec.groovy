package vn.dcim.web.i18n

import spock.lang.Shared
import spock.lang.Specification

/** A metric without a catalogue entry is named from its id's words, in the reader's language and word order. */
class MetricNamesSpec extends Specification {
    @Shared MetricNames names = new MetricNames()

    def "#metric is '#vi' in Vietnamese and '#en' in English"() {
        expect:
        names.of(metric, Locale.forLanguageTag('vi')) == vi
        names.of(metric, Locale.ENGLISH) == en

        where:
        metric                                                | vi                            || en
        'ats.ats5g_switch_source_a_voltage'                   | 'Điện áp nguồn A'             || 'Source A voltage'
        'ats.ats5g_switch_source_a_status.state'              | 'Trạng thái nguồn A'          || 'Source A status'
        'ats.x_ats_source1_rotation.state'                    | 'Thứ tự pha nguồn 1'          || 'Source 1 rotation'
        'pdu.epc8226_power_reactive'                          | 'Công suất phản kháng'        || 'Reactive power'
        'pdu.epc8316_abs_energy_active'                       | 'Điện năng tác dụng tuyệt đối' || 'Absolute active energy'
        'ups.alarm_battery_low.state'                         | 'Cảnh báo ắc quy thấp'        || 'Alarm battery low'
        'cooling.air_irg3_cm_status_return_air_temp_metric'   | 'Nhiệt độ gió hồi'            || 'Return air temperature'
        'cooling.air_irsc_unit_status_supply_air_temp_metric' | 'Nhiệt độ gió cấp thiết bị'   || 'Unit supply air temperature'
        'cooling.compr4_high_press_manag_restarts'            | 'Số lần khởi động lại quản lý áp suất cao máy nén 4' || 'Compressor 4 high pressure management restarts'
        'cooling.a_in17'                                      | 'Đầu vào tương tự 17'         || 'Analog input 17'
        'cooling.damper.position'                             | 'Vị trí cửa gió'              || 'Damper position'
        'dcpower.dc_load_current'                             | 'Dòng điện tải DC'            || 'DC load current'
        'gen.state'                                           | 'Trạng thái máy phát'         || 'Generator state'
        'zigbee.ph'                                           | 'pH'                          || 'pH'
        'env.pm25'                                            | 'Bụi PM2.5'                   || 'PM2.5'
        'ups.adv_input_line_voltage'                          | 'Điện áp dây vào'             || 'Input line voltage'
        'cooling.air_irrp500_group_status_dehumidify_output' | 'Đầu ra hút ẩm nhóm'  || 'Group dehumidify output'
        'pdu.epc8032_residual_current_rms'                    | 'Dòng điện dư hiệu dụng'      || 'Residual current RMS'
        'ups.upsAdvInputLineVoltage'                          | 'Điện áp dây vào'             || 'Input line voltage'
        'light.brightness'                                    | 'Độ sáng'                     || 'Brightness'
        'env.smoke.density'                                   | 'Mật độ khói'                 || 'Smoke density'
        'env.gas.concentration'                               | 'Nồng độ khí'                 || 'Gas concentration'
        'camera.thermometry.temperature'                      | 'Nhiệt độ đo nhiệt'           || 'Thermometry temperature'
    }

    def "a word nobody translated stays as it is, numbers and letters as the row they name"() {
        expect:
        names.of('zigbee.frobnicator_b2', Locale.forLanguageTag('vi')) == 'Frobnicator B2'
        names.of('zigbee.frobnicator_b2', Locale.ENGLISH) == 'Frobnicator B2'
    }

    def "no metric is no name, never an error"() {
        expect:
        names.of(null, Locale.forLanguageTag('vi')) == ''
        names.of('', Locale.ENGLISH) == ''
        names.of('._.', Locale.forLanguageTag('vi')) == ''
    }

    def "an id of prefixes only is still named by its words, never as the id"() {
        when:
        String vi = names.of('pdu.epc8226', Locale.forLanguageTag('vi'))

        then:
        vi == 'Epc 8226'
    }
}

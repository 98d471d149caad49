package vn.dcim.web.ui.personal

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.audit.AuditLog
import vn.dcim.core.personal.FacePictures
import vn.dcim.core.personal.SubjectRights
import vn.dcim.core.testing.Jpegs
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.Duration
import java.time.Instant

/**
 * In Chromium, as a supervisor: a person's access-log records erased from the personal data screen (down to the
 * law's minimum, the request listed), and a face picture seen with its reason, the reading audited.
 */
@MicronautTest(transactional = false)
class PersonalDataScreenSpec extends SignedInBrowserSpec {
    @Inject AccessLog accessLog
    @Inject FacePictures pictures
    @Inject SubjectRights rights
    @Inject AuditLog audit

    def "a supervisor erases a person's access-log records on the screen and sees the request answered"() {
        given:
        def tag = UUID.randomUUID().toString().take(6)
        def name = "Lý Thị Màn Hình $tag".toString()
        def now = Instant.now()
        accessLog.append([new AccessEvent(null, "door-$tag", 'old', 'site-1', AccessResult.granted, "S-$tag", name, AccessDirection.in,
                                          now - Duration.ofDays(300), now - Duration.ofDays(300)),
                          new AccessEvent(null, "door-$tag", 'young', 'site-1', AccessResult.granted, "S-$tag", name, AccessDirection.in,
                                          now - Duration.ofDays(3), now - Duration.ofDays(3))])

        when:
        driver.get(server.URL.toString() + '/ui/personal-data')
        driver.findElement(By.id('pd-person')).sendKeys(name)
        driver.findElement(By.id('pd-askedBy')).sendKeys('chính người đó, đơn ngày 27/11')
        driver.findElement(By.id('pd-erase')).click()
        Browser.waiting(driver, 10).until { d -> try { d.switchTo().alert(); true } catch (ignored) { false } }
        driver.switchTo().alert().accept()
        // the page may be replaced while its rows are read (the answer reloads it): a row gone meanwhile is looked for again
        Browser.waiting(driver, 15).until { d -> Browser.settled { d.findElements(By.cssSelector('#pd-requests tbody tr')).any { it.text.contains(name) } } }

        then:
        accessLog.ofPerson(name, null, 10)*.messageId == ['young']
        rights.requests(10, 0).find { it.person() == name }.outcome().name() == 'partly'
        driver.findElements(By.cssSelector('#pd-requests tbody tr')).find { it.text.contains(name) }.findElement(By.className('outcome')).text
    }

    def "a supervisor sees a face picture with the reason asked for, and the reading is audited"() {
        given:
        def tag = UUID.randomUUID().toString().take(6)
        def p = pictures.store(new FacePictures.Pushed("door-$tag", null, 'p', "Ảnh Màn Hình $tag", "M-$tag", Instant.now(), Jpegs.jpeg('JFIF screen face'))).get()

        when:
        driver.get(server.URL.toString() + '/ui/personal-data')
        driver.findElement(By.cssSelector("#picture-${p.id()} .pd-see")).click()
        Browser.waiting(driver, 10).until { d -> try { d.switchTo().alert(); true } catch (ignored) { false } }
        def prompt = driver.switchTo().alert()
        prompt.sendKeys('đối chiếu sự cố cửa 2')
        prompt.accept()
        Browser.waiting(driver, 15).until { d -> !d.findElement(By.id('pd-picture')).getAttribute('hidden') }

        then:
        driver.findElement(By.id('pd-picture')).getAttribute('src').startsWith('data:image/jpeg;base64,')
        audit.browse('face_picture', String.valueOf(p.id()), null, 'read', 5, 0).events()*.afterJson().every { it.contains('đối chiếu sự cố cửa 2') }
        audit.browse('face_picture', String.valueOf(p.id()), null, 'read', 5, 0).total() == 1
    }
}

package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.JavascriptExecutor
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.time.Duration
import java.time.LocalDate
import java.time.LocalDateTime

/** The duty roster screen (Art. 36.3): a week of the center's days, who is on duty now, the supervisor's form. */
@InheritConstructors
class DutyRosterPage extends ScreenPage {
    /** The week holding {@code day} (this week without one). */
    DutyRosterPage open(LocalDate day = null) {
        driver.get("${baseUrl}/ui/duty-roster" + (day ? "?week=${day}" : ''))
        waitFor(15) { !it.findElements(By.id('roster-week')).isEmpty() }
        this
    }

    String heading() {
        driver.findElement(By.id('heading')).text
    }

    String weekSpan() {
        driver.findElement(By.id('week-span')).text
    }

    /** Who is on duty now, as the page says it ("tran-van-a đến 26/11/2026 14:00"); empty when nobody is. */
    List<String> onDutyNow() {
        driver.findElements(By.cssSelector('#on-duty-now .on-duty'))*.text*.replaceAll(/;$/, '')
    }

    /** The warning that nobody is on duty now, or null. */
    String nobodyNow() {
        driver.findElements(By.cssSelector('#on-duty-now .gap-now')).with { it ? it[0].text : null }
    }

    /** One day's stretches in time order: [when: '06:00 – 14:00', who: 'tran-van-a' or the gap's words, gap: true/false]. */
    List<Map> day(LocalDate day) {
        driver.findElements(By.cssSelector("#day-${day} li")).collect { li ->
            [when: li.findElement(By.className('when')).text, who: li.findElement(By.className('who')).text,
             gap : li.getAttribute('class').split(' ').contains('gap')]
        }
    }

    /** The weekday and date heading a day's row, "Thứ Năm 26/11/2026". */
    String dayName(LocalDate day) {
        driver.findElement(By.cssSelector("#day-${day} td.day")).text
    }

    boolean offersTheForm() {
        !driver.findElements(By.id('shift-new')).isEmpty()
    }

    /** Puts a person on duty with the form; times are the center's wall clock, as the form reads them. */
    DutyRosterPage putOnDuty(String person, LocalDateTime from, LocalDateTime to, String note = '') {
        def details = driver.findElement(By.id('shift-new'))
        if (details.getAttribute('open') == null) {
            details.findElement(By.tagName('summary')).click()
        }
        def operator = driver.findElement(By.id('shift-operator'))
        operator.clear()
        operator.sendKeys(person)
        // a datetime-local field's keyboard order follows the browser's locale: its value is set as the form sends it
        ['shift-starts': from, 'shift-ends': to].each { id, at ->
            ((JavascriptExecutor) driver).executeScript('arguments[0].value = arguments[1]', driver.findElement(By.id(id)), at.toString())
        }
        if (note) {
            driver.findElement(By.id('shift-note')).sendKeys(note)
        }
        def save = driver.findElement(By.id('shift-save'))
        save.click()
        // the answer is a new page (the same address when the week was shown already): the old form goes
        Browser.waitUntilGone(driver, save)
        waitFor(15) { !it.findElements(By.id('roster-week')).isEmpty() }
        this
    }

    String refusal() {
        driver.findElements(By.id('roster-refused')).with { it ? it[0].text : null }
    }

    /** The status a form POST of this signed-in session gets (its CSRF token included), as a crafted request would. */
    Object postForm(Map<String, String> fields) {
        ((JavascriptExecutor) driver).executeAsyncScript('''
            const done = arguments[arguments.length - 1];
            const body = new URLSearchParams(arguments[0]);
            body.set('csrfToken', document.querySelector('meta[name=csrf-token]').content);
            fetch('/ui/duty-roster/new', {method: 'POST', body: body, redirect: 'manual'})
                .then(r => done(r.type === 'opaqueredirect' ? 303 : r.status)).catch(e => done(String(e)));''', fields)
    }
}

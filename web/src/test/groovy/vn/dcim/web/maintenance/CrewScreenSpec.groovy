package vn.dcim.web.maintenance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait
import vn.dcim.core.maintenance.WorkOrderPlanner
import vn.dcim.core.maintenance.WorkOrderRepository
import vn.dcim.core.maintenance.WorkOrderStatus
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.Duration
import java.time.Instant

@MicronautTest(transactional = false)
class CrewScreenSpec extends SignedInBrowserSpec {

    @Inject WorkOrderPlanner planner
    @Inject WorkOrderRepository orders



    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    def "a crew takes, starts and finishes a work order on its phone screen"() {
        given: 'the demo site has maintenance due'
        planner.planUpTo(Instant.now())
        def order = orders.findAllOrderByDueDate().find { it.status() == WorkOrderStatus.planned && it.dueDate() <= java.time.LocalDate.now() }
        assert order
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(400, 800))

        when:
        driver.get("${server.URL}/ui/workorders?crew=T%E1%BB%95%20A")
        tap(order.id())
        tap(order.id())
        settled { card(order.id()).findElement(By.name('notes')).sendKeys('Chạy thử 30 phút, ổn định'); true }
        tap(order.id())

        then:
        def done = orders.findById(order.id()).get()
        done.status() == WorkOrderStatus.done
        done.crew() == 'Tổ A'
        done.notes() == 'Chạy thử 30 phút, ổn định'
        done.readingsBefore() != null && done.readingsAfter() != null
        settled { card(order.id()).findElement(By.className('wo-status')).text == 'done' }
    }

    def card(long id) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("wo-${id}")))
    }

    void tap(long id) {
        String before = settled { card(id).findElement(By.className('wo-status')).text }
        settled { card(id).findElement(By.className('wo-next')).click(); true }
        settled { card(id).findElement(By.className('wo-status')).text != before }
    }

    /** Until the page has settled: a step may land while the screen reloads (a node of the old page). */
    def settled(Closure<?> step) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException).until { step() ?: null }
    }
}

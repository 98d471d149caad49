package vn.dcim.web.ui

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.WebDriverWait
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec

import java.time.Duration

/**
 * The generated API browsers are pages of inline script: under their own content security policy
 * (SecurityHeaders.API_BROWSER_POLICY) they still render the API document, and nothing is refused.
 */
@MicronautTest(transactional = false)
class ApiBrowserSpec extends BrowserSpec {
    def "#page renders the API document under the content security policy"() {
        when:
        driver.get("${server.URL}${page}")
        Browser.waiting(driver, 30).until { !it.findElements(By.cssSelector(rendered)).isEmpty() }

        then:
        driver.findElement(By.cssSelector(rendered)).text.contains('DCIM')
        // redoc's footer logo from cdn.redoc.ly stays refused on purpose: no third-party request leaves
        // the management network; every script, style and worker of the page is allowed
        Browser.policyViolations(driver).findAll { !it.contains('https://cdn.redoc.ly/') } == []

        where:
        page                     | rendered
        '/swagger-ui/index.html' | '.swagger-ui .info .title'
        '/redoc/index.html'      | '.api-info h1'
    }
}

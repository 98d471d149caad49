package vn.dcim.web.ui.pages

import groovy.transform.InheritConstructors
import org.openqa.selenium.By
import org.openqa.selenium.JavascriptExecutor
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.Select

/**
 * The registry's screens as a person uses them: the asset list with its label and export
 * links, the asset form (new and edit), the asset page's status and disposal forms, the licence form,
 * the site/room/rack forms and the import screen.
 */
@InheritConstructors
class RegistryPages extends ScreenPage {
    RegistryPages open(String path) {
        driver.get(baseUrl + path)
        waitFor { it.findElements(By.id('heading')) || it.findElements(By.id('asset-name')) }
        this
    }

    // ---- asset list -------------------------------------------------------------------------------

    RegistryPages assets(String query = '') { open('/ui/assets' + (query ? '?' + query : '')) }

    String labelsHref() { driver.findElement(By.id('print-labels')).getAttribute('href') }

    String exportHref() { driver.findElement(By.id('export-link')).getAttribute('href') }

    List<String> listedNames() { driver.findElements(By.cssSelector('#assets tbody tr td:nth-child(2)'))*.text }

    // ---- asset form -------------------------------------------------------------------------------

    /** Opens the registration form from the list's link. */
    RegistryPages newAsset() {
        assets()
        toForm(By.id('new-asset-link'), 'new-asset')
    }

    /** Opens the edit form from the asset page's link. */
    RegistryPages editAsset(Object id) {
        open("/ui/assets/${id}")
        toForm(By.id('edit-asset-link'), 'edit-asset')
    }

    /** Follows the open page's link to a form, as a person does, and waits for the form with id {@code formId}. */
    private RegistryPages toForm(By link, String formId) {
        driver.findElement(link).click()
        waitFor { it.findElements(By.id(formId)) }
        this
    }

    /** Fills the open asset form: text and date fields by name, selects (kind, place, face, status, criticality) by value. */
    RegistryPages fill(Map<String, Object> fields) {
        fillNames(driver.findElement(By.cssSelector('form.asset-form')), fields)
        this
    }

    /** Saves; waits for the asset page, which confirms the save, or for the refusal in the form. Returns the asset id, or null when refused. */
    Long save() {
        clear('errors')
        driver.findElement(By.id('save-asset')).click()
        waitFor { it.currentUrl ==~ /.*\/ui\/assets\/\d+\?saved=1$/ || !text('errors').isEmpty() }
        def m = driver.currentUrl =~ /\/ui\/assets\/(\d+)\?saved=1$/
        m.find() ? m.group(1) as long : null
    }

    String formErrors() { text('errors') }

    // ---- asset page -------------------------------------------------------------------------------

    /** The asset page's rows as label → value. */
    Map<String, String> details() {
        driver.findElements(By.cssSelector('#asset-details tr')).collectEntries {
            [(it.findElement(By.tagName('th')).text): it.findElement(By.tagName('td')).text]
        }
    }

    String status() { text('asset-status') }

    /** The status history: [when, status, reason, by] per row. */
    List<List<String>> history() {
        driver.findElements(By.cssSelector('#asset-history tbody tr')).collect { row -> row.findElements(By.tagName('td'))*.text }
    }

    RegistryPages changeStatus(String status, String reason) {
        submitStatus('status-form', [status: status, reason: reason], 'change-status')
    }

    RegistryPages dispose(String reason) {
        submitStatus('dispose-form', [reason: reason], 'dispose')
    }

    String statusErrors(String formId) { driver.findElement(By.cssSelector("#${formId} .result")).text }

    boolean hasStatusForms() { !driver.findElements(By.id('status-form')).isEmpty() }

    private RegistryPages submitStatus(String formId, Map<String, String> fields, String button) {
        def form = driver.findElement(By.id(formId))
        fillNames(form, fields)
        def before = driver.findElement(By.id('asset-name'))
        form.findElement(By.id(button)).click()
        waitFor { stale(before) || !form.findElement(By.cssSelector('.result')).text.isEmpty() }
        waitFor { it.findElements(By.id('asset-name')) }
        this
    }

    // ---- licences ---------------------------------------------------------------------------------

    RegistryPages newLicence() {
        open('/ui/licences')
        toForm(By.id('new-licence-link'), 'licence-form')
    }

    RegistryPages editLicence(Object id) {
        open('/ui/licences')
        toForm(By.cssSelector("#licence-${id} a.edit-licence"), 'licence-form')
    }

    /** Fills the licence form; installedOn is a list of asset ids chosen in the multiple select. */
    RegistryPages fillLicence(Map<String, Object> fields) {
        def form = driver.findElement(By.id('licence-form'))
        fields.each { name, value ->
            WebElement input = form.findElement(By.name(name))
            if (name == 'installedOn') {
                def select = new Select(input)
                select.deselectAll()
                value.each { select.selectByValue(it.toString()) }
            } else {
                type(input, value)
            }
        }
        this
    }

    /** Saves; waits for the licence list or the refusal. Returns the id of the saved licence, or null. */
    Long saveLicence() {
        clear('errors')
        driver.findElement(By.id('save-licence')).click()
        waitFor { it.currentUrl.contains('/ui/licences?saved=1#licence-') || !text('errors').isEmpty() }
        def m = driver.currentUrl =~ /#licence-(\d+)$/
        m.find() ? m.group(1) as long : null
    }

    /** A licence's row in the list: name, version, kind, information, seats, risk, expiry, findings. */
    List<String> licenceRow(Object id) { driver.findElements(By.cssSelector("#licence-${id} td"))*.text }

    // ---- sites, rooms, racks ----------------------------------------------------------------------

    /** Fills and sends one of the rack list's location forms (new-site, new-room, new-rack) or an edit form. */
    RegistryPages location(String formSelector, Map<String, Object> fields) {
        def form = driver.findElement(By.cssSelector(formSelector))
        def box = (WebElement) ((JavascriptExecutor) driver).executeScript('return arguments[0].closest("details")', form)
        if (box != null && box.getAttribute('open') == null) {
            box.findElement(By.tagName('summary')).click()
        }
        fillNames(form, fields)
        def before = driver.findElement(By.id('heading'))
        form.findElement(By.cssSelector('button[type=submit]')).click()
        waitFor { stale(before) || !form.findElement(By.cssSelector('.result')).text.isEmpty() }
        waitFor { it.findElements(By.id('heading')) }
        this
    }

    String path() { new URI(driver.currentUrl).path }

    // ---- import -----------------------------------------------------------------------------------

    RegistryPages importScreen() {
        assets()
        driver.findElement(By.id('import-link')).click()
        waitFor { it.findElements(By.id('import-form')) }
        this
    }

    /** Chooses the file and asks for the dry run; waits for the preview or a refusal. */
    RegistryPages preview(File file) {
        driver.findElement(By.id('import-file')).sendKeys(file.absolutePath)
        driver.findElement(By.id('import-preview')).click()
        waitFor { driver.findElement(By.id('import-result')).displayed || !text('import-errors').isEmpty() }
        this
    }

    String importSummary() { text('import-summary') }

    /** The preview's problems: [row, field, reason] each. */
    List<List<String>> problems() {
        driver.findElements(By.cssSelector('#import-problems tbody tr')).collect { it.findElements(By.tagName('td'))*.text }
    }

    boolean canCommit() { driver.findElement(By.id('import-commit')).displayed }

    RegistryPages commit() {
        def before = importSummary()
        driver.findElement(By.id('import-commit')).click()
        waitFor { importSummary() != before || !text('import-errors').isEmpty() }
        this
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void clear(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).textContent = ''", id)
    }

    private boolean stale(WebElement element) {
        Browser.gone(element)
    }
}

package org.recoverytracker.system.page;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard as a person sees it in the browser: what each table and headline figure shows,
 * read as rendered text; the place chooser worked with the keyboard; and a quick audit of what
 * keyboard and screen-reader users rely on.
 */
final class DashboardScreen {

    /** Reads every row of a table body: its key attribute, its row header, each measure cell. */
    private static final String READ_ROWS = """
            const rows = {};
            document.querySelectorAll(arguments[0] + ' tr').forEach(row => {
              const cells = {'': row.querySelector('th').innerText.trim()};
              row.querySelectorAll('td[data-measure]').forEach(cell => cells[cell.dataset.measure] = cell.innerText.trim());
              rows[row.getAttribute(arguments[1])] = cells;
            });
            return rows;""";

    /** Reads the cells matching a selector by their measure. */
    private static final String READ_CELLS = """
            const cells = {};
            document.querySelectorAll(arguments[0]).forEach(cell => cells[cell.dataset.measure] = cell.innerText.trim());
            return cells;""";

    private static final String AUDIT = """
            const problems = [];
            if (document.documentElement.lang !== 'en-GB') problems.push('the page language is not en-GB');
            if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one heading 1');
            let level = 0;
            document.querySelectorAll('main h1, main h2, main h3, main h4').forEach(heading => {
              const next = Number(heading.tagName.substring(1));
              if (next > level + 1) problems.push('heading skips a level: ' + heading.innerText);
              level = next;
            });
            document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(field => {
              if (!(field.id && document.querySelector('label[for="' + field.id + '"]'))
                  && !field.getAttribute('aria-label') && !field.getAttribute('aria-labelledby')) {
                problems.push('field without a label: ' + (field.id || field.name));
              }
            });
            document.querySelectorAll('table').forEach(table => {
              const caption = table.querySelector('caption');
              if (!caption || !caption.innerText.trim()) problems.push('table without a caption');
              table.querySelectorAll('thead th').forEach(th => {
                if (th.getAttribute('scope') !== 'col') problems.push('column header without scope: ' + th.innerText);
              });
              table.querySelectorAll('tbody tr').forEach(row => {
                const header = row.querySelector('th');
                if (!header || header.getAttribute('scope') !== 'row') problems.push('row without a row header in ' + (caption && caption.innerText));
              });
            });
            document.querySelectorAll('img').forEach(img => { if (!img.hasAttribute('alt')) problems.push('image without alt: ' + img.src); });
            document.querySelectorAll('[role=img]').forEach(graphic => {
              if (!graphic.getAttribute('aria-label')) problems.push('graphic without a text alternative');
            });
            document.querySelectorAll('a').forEach(link => {
              if (!link.textContent.trim() && !link.getAttribute('aria-label')) problems.push('link without text: ' + link.href);
            });
            if (!document.querySelector('a.govuk-skip-link[href="#main-content"]') || !document.getElementById('main-content')) {
              problems.push('no skip link to the main content');
            }
            const ids = new Set();
            document.querySelectorAll('[id]').forEach(element => {
              if (ids.has(element.id)) problems.push('duplicate id: ' + element.id);
              ids.add(element.id);
            });
            return problems;""";

    private final Chromium browser;

    DashboardScreen(Chromium browser) {
        this.browser = browser;
    }

    /** The headline figures of the page's area ({@code place} or {@code uk}), by measure. */
    Map<String, String> headline(String area) {
        return cells(".app-figure__value[data-area=\"" + area + "\"]");
    }

    /** The comparison table's column for {@code place}, {@code region} or {@code uk}, by measure. */
    Map<String, String> comparison(String area) {
        return cells("#comparison-title ~ .app-table-scroll td[data-area=\"" + area + "\"]");
    }

    /** The table against the baseline: the column of {@code place}, {@code region} or {@code uk}, by figure. */
    Map<String, String> againstBaseline(String area) {
        return cells("#index-table td[data-area=\"" + area + "\"]");
    }

    /** The sector table: by sector code, the row header ("") and each measure. */
    Map<String, Map<String, String>> sectors(String area) {
        return rows("[data-sectors-of=\"" + area + "\"]", "data-sector");
    }

    /** The weekly table: by week start, the row header ("") and each measure. */
    Map<String, Map<String, String>> weeks() {
        return rows("[data-weeks-of]", "data-week");
    }

    /** The overview's places table: by GSS code, the row header ("") and each measure. */
    Map<String, Map<String, String>> places() {
        return rows("[data-places]", "data-place");
    }

    /**
     * The GSS symbols of the headline figures of the page's area, by measure, as the cells carry them
     * ({@code data-flags}, "c" or "p r"; empty for a figure without any).
     */
    Map<String, String> headlineFlags(String area) {
        final Map<String, String> flags = new LinkedHashMap<>();
        browser.driver()
                .findElements(By.cssSelector(".app-figure__value[data-area=\"" + area + "\"]"))
                .forEach(cell -> flags.put(
                        cell.getDomAttribute("data-measure"),
                        Objects.requireNonNullElse(cell.getDomAttribute("data-flags"), "")));
        return flags;
    }

    /** Presses Tab from where the focus is until the element with that id has it (at most 20 times). */
    boolean tabTo(String id) {
        final Actions keys = new Actions(browser.driver());
        for (int presses = 0;
                presses < 20 && !id.equals(browser.script("return document.activeElement.id"));
                presses++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        return id.equals(browser.script("return document.activeElement.id"));
    }

    /** Whether the focused element shows that it has the focus (an outline, as GOV.UK Frontend draws). */
    boolean focusIsVisible() {
        return Boolean.TRUE.equals(browser.script("const style = getComputedStyle(document.activeElement);"
                + " return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;"));
    }

    /**
     * Types the start of a name into the focused chooser, moves to the first suggestion with the
     * arrow key and chooses it with Enter, as a keyboard user would.
     *
     * @return the suggestion that was chosen, as the listbox showed it
     */
    String chooseFirstSuggestion(String typed) {
        final Actions keys = new Actions(browser.driver());
        keys.sendKeys(typed).perform();
        browser.waiting(Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("place-options")));
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        final WebElement input = browser.driver().findElement(By.id("place"));
        final String active = input.getDomAttribute("aria-activedescendant");
        final String chosen = browser.driver().findElement(By.id(active)).getText();
        keys.sendKeys(Keys.ENTER).perform();
        return chosen;
    }

    /**
     * What a quick audit finds in the way of keyboard and screen-reader users: language, one
     * heading 1 and no skipped heading levels, labelled fields, captioned tables with scoped
     * headers, text alternatives for graphics, named links, a skip link, unique ids. Empty when
     * nothing is found.
     */
    List<String> accessibilityProblems() {
        final List<String> problems = new ArrayList<>();
        ((List<?>) browser.script(AUDIT)).forEach(problem -> problems.add(problem.toString()));
        return problems;
    }

    private Map<String, String> cells(String selector) {
        final Map<String, String> cells = new LinkedHashMap<>();
        ((Map<?, ?>) browser.script(READ_CELLS, selector))
                .forEach((key, value) -> cells.put(key.toString(), value.toString()));
        return cells;
    }

    private Map<String, Map<String, String>> rows(String tbody, String keyAttribute) {
        final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        ((Map<?, ?>) browser.script(READ_ROWS, tbody, keyAttribute)).forEach((key, row) -> {
            final Map<String, String> cells = new LinkedHashMap<>();
            ((Map<?, ?>) row).forEach((measure, value) -> cells.put(measure.toString(), value.toString()));
            rows.put(key.toString(), cells);
        });
        return rows;
    }
}

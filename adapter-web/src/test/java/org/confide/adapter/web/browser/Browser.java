package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's Chromium, headless, driven through the machine's ChromeDriver: Selenium never
 * downloads a browser or a driver. With JavaScript off, as a reporter using Tor Browser's safest
 * setting would be, or on.
 *
 * <p>The binaries are {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's), or
 * those named by the system properties {@code confide.chromium} and {@code confide.chromedriver}. A
 * suite that drives a browser is marked {@link NeedsChromium}: without them it is skipped with one
 * message, except under {@code CI=true}, where it must run ({@code .ci/run} installs them, and also
 * names a binary that does not exist to prove the suites skip cleanly without it).
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("confide.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("confide.chromedriver", "/usr/bin/chromedriver");

  /** The WCAG 2.2 A and AA rules of axe-core, and its best practices. */
  static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  final WebDriver driver;
  private final Path profile;
  private final List<String> checked = new ArrayList<>();

  private Browser(boolean javascript) {
    try {
      this.profile = Files.createTempDirectory("confide-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  /**
   * The code shown in {@code css} (an access code, a two-factor key), its groups joined: what a
   * person copies, without the words that only screen readers hear.
   */
  String code(String css) {
    return String.join("", findAll(css + " .group").stream().map(WebElement::getText).toList());
  }

  /** The page passes axe, and at phone width is no wider than the window and passes axe there. */
  void assertFitsAPhoneAndAccessible() {
    assertAccessible();
    atPhoneWidth(() -> {
      var widths =
          (String)
              ((org.openqa.selenium.JavascriptExecutor) driver)
                  .executeScript(
                      "return document.documentElement.scrollWidth + ' ' + window.innerWidth;");
      var parts = widths.split(" ");
      org.assertj.core.api.Assertions.assertThat(Integer.parseInt(parts[0]))
          .isLessThanOrEqualTo(Integer.parseInt(parts[1]));
      assertAccessible();
    });
  }

  /** Runs {@code check} with the page 390 CSS pixels wide, as on a phone, then widens it again. */
  void atPhoneWidth(Runnable check) {
    var window = driver.manage().window();
    var wide = window.getSize();
    window.setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      check.run();
    } finally {
      window.setSize(wide);
    }
  }

  /**
   * How many line boxes {@code element} is laid out in: 1 when it is not broken across lines. Asks
   * the page's script engine, so only a browser {@link #withJavaScript()} can answer.
   */
  long lineBoxesOf(WebElement element) {
    return (Long)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return arguments[0].getClientRects().length;", element);
  }

  static Browser withJavaScript() {
    return new Browser(true);
  }

  static Browser withoutJavaScript() {
    return new Browser(false);
  }

  /** What is missing of Chromium and its driver, and how to install them; empty when present. */
  static Optional<String> missing() {
    if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
      return Optional.empty();
    }
    return Optional.of(
        CHROMIUM
            + " or "
            + CHROMEDRIVER
            + " is missing: browser tests need them (apt-get install chromium chromium-driver)");
  }

  void open(String url) {
    driver.get(url);
  }

  /** Signs in to {@code server}'s staff pages as its fixture's administrator. */
  void signInAsAdministrator(PagesServer server) {
    signInAs(server, "admin@example.ac.uk");
  }

  /** Signs in to {@code server}'s staff pages as the fixture's member with {@code email}. */
  void signInAs(PagesServer server, String email) {
    open(server.url("/staff/sign-in"));
    type("email", email);
    type("password", org.confide.testing.Fixture.PASSWORD);
    press("form[action='/staff/sign-in'] button");
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  String heading() {
    return text("h1");
  }

  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      // Stale, or "does not belong to the document": either way, a new page has replaced it.
      return true;
    }
  }

  /** Ticks the option {@code value} of the choice question {@code name}. */
  void choose(String name, String value) {
    var input = find("input[name='" + name + "'][value='" + value + "']");
    if (!input.isSelected()) {
      // The label is what a person clicks; it also proves the label is tied to its input.
      find("label[for='" + input.getAttribute("id") + "']").click();
    }
  }

  void type(String name, String text) {
    var field = find("[name='" + name + "']:not([type='hidden'])");
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Sets a date field to {@code isoDate}. What one types into a date field depends on the browser's
   * locale, so the value is set directly, as a date picker would.
   */
  void date(String name, String isoDate) {
    var field = find("input[type='date'][name='" + name + "']");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", field, isoDate);
  }

  /** Clicks the button or link {@code css} and waits for the page it leads to. */
  void press(String css) {
    var page = find("html");
    find(css).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(page));
  }

  /**
   * Presses Enter in the box {@code name}, as a person does, and waits for the page it leads to.
   */
  void enterIn(String name) {
    var page = find("html");
    find("[name='" + name + "']:not([type='hidden'])").sendKeys(org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(page));
  }

  /** The Continue button of a report step. */
  void next() {
    press("button[name='go'][value='next']");
  }

  /** The messages of the error summary. */
  List<String> errors() {
    return findAll(".error-summary li").stream().map(WebElement::getText).toList();
  }

  /**
   * Runs axe-core on the page as it is now and fails on any violation of WCAG 2.2 A or AA (or of
   * axe's best practices), naming the rule, the page and the elements.
   */
  void assertAccessible() {
    // Legacy mode runs axe inside the page itself. The default opens an about:blank tab to
    // gather results across frames, under a one-second page-load timeout that a loaded 2-core
    // machine misses now and then ("switchToWindow failed"); Confide's pages have no frames, so
    // nothing is checked less.
    var results = new AxeBuilder().withTags(AXE_TAGS).setLegacyMode(true).analyze(driver);
    checked.add(driver.getCurrentUrl());
    assertThat(results.getViolations())
        .as(() ->
            "axe-core on " + driver.getCurrentUrl() + ":\n" + describe(results.getViolations()))
        .isEmpty();
  }

  /** The pages checked with axe so far. */
  List<String> checkedPages() {
    return List.copyOf(checked);
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(rule ->
            rule.getId()
                + " ("
                + rule.getImpact()
                + "): "
                + rule.getHelp()
                + " at "
                + rule.getNodes().stream()
                    .map(node -> String.valueOf(node.getTarget()))
                    .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  /** Closes each of {@code things} that was started, the browsers before the server. */
  static void closeAll(AutoCloseable... things) throws Exception {
    for (var thing : things) {
      if (thing != null) {
        thing.close();
      }
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // A temporary profile left behind is harmless.
      }
    }
  }
}

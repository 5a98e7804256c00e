package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 27's attack, in the real browser: Confide at {@code a.confide.localhost}, and a page on a
 * sibling site, {@code b.confide.localhost} (Chromium takes every {@code *.localhost} name to
 * loopback). The sibling is the same <em>site</em>, so the administrator's {@code SameSite=Strict}
 * session cookie goes with its post; it sets a form cookie for the parent domain and posts a form
 * with the matching field to create an administrator. The double submit alone accepted that; now it
 * is refused, and no account is made. The administrator's own form on Confide still works.
 */
@NeedsChromium
class SiblingSiteTest {

  private static final String CHOSEN = "siblingChosenFormToken0123456789";
  private static final String PLANTED = "planted.admin@example.ac.uk";

  static PagesServer server;
  static HttpServer sibling;
  static Browser b;
  static String confide;
  static String elsewhere;

  @BeforeAll
  static void start() {
    server = new PagesServer();
    confide = server.base.replace("127.0.0.1", "a.confide.localhost");
    try {
      sibling = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sibling.createContext(
        "/attack",
        exchange -> {
          var page =
              """
              <!DOCTYPE html><html lang="en"><title>Free coffee</title>
              <form method="post" action="%s/staff/admin/staff">
              <input type="hidden" name="csrf" value="%s">
              <input type="hidden" name="email" value="%s">
              <input type="hidden" name="displayName" value="Planted">
              <input type="hidden" name="roles" value="ADMIN">
              <input type="hidden" name="password" value="a planted long password">
              </form>
              <script>document.forms[0].submit()</script></html>
              """
                  .formatted(confide, CHOSEN, PLANTED)
                  .getBytes(StandardCharsets.UTF_8);
          var headers = exchange.getResponseHeaders();
          headers.add("Content-Type", "text/html; charset=utf-8");
          // A cookie for the parent domain: the browser sends it to every sibling, Confide too, and
          // with a longer path than Confide's own cookie it comes first.
          headers.add(
              "Set-Cookie",
              "confide_form=" + CHOSEN + "; Domain=confide.localhost; Path=/staff/admin");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    sibling.start();
    elsewhere = "http://b.confide.localhost:" + sibling.getAddress().getPort();
    b = Browser.withJavaScript();
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.closeAll(b, server, sibling == null ? null : () -> sibling.stop(0));
  }

  @Test
  void a_sibling_site_cannot_post_the_administrators_forms() {
    b.open(confide + "/staff/sign-in");
    b.type("email", "admin@example.ac.uk");
    b.type("password", Fixture.PASSWORD);
    b.press("form[action='/staff/sign-in'] button");
    assertThat(b.heading()).isEqualTo("Staff accounts");

    b.open(elsewhere + "/attack");
    new WebDriverWait(b.driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().startsWith(confide));
    assertThat(b.driver.manage().getCookies())
        .as("the sibling's cookie reached Confide's pages")
        .anySatisfy(cookie -> assertThat(cookie.getValue()).isEqualTo(CHOSEN));
    assertThat(b.heading()).isEqualTo("This form has expired");
    b.assertAccessible();

    b.open(confide + "/staff/admin/staff");
    assertThat(b.heading()).isEqualTo("Staff accounts");
    assertThat(b.find("main").getText()).doesNotContain(PLANTED);

    // The administrator's own form, posted from Confide's pages, is accepted.
    b.open(confide + "/staff/admin/staff");
    b.type("email", "nia.new@example.ac.uk");
    b.type("displayName", "Nia New");
    b.choose("roles", "ADVISER");
    b.type("password", "a long enough password for Nia");
    b.press("form[action='/staff/admin/staff'] button");
    assertThat(b.text(".notice")).startsWith("The account has been created.");
  }
}

package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.adapter.web.sso.Provider;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Provisioning at single sign-on in Chromium, against a real OpenID Connect provider: a newcomer in
 * a mapped group arrives at the staff pages with a new account; one in no mapped group gets a
 * refusal page that says why. Both pass axe-core.
 */
@NeedsChromium
class ProvisioningPagesTest {

  private static final String NEWCOMER = "newcomer@example.ac.uk";

  private final Provider provider = new Provider();
  private final Fixture fixture = new Fixture();
  private Javalin app;
  private Browser b;

  @BeforeEach
  void start() {
    var sso =
        SingleSignOnSettings.through(
            SingleSignOnSettings.Provider.of(
                    provider.issuer(), Provider.CLIENT_ID, Provider.CLIENT_SECRET)
                .named("Example University")
                .withSecondFactorStandingIn(Set.of("mfa"), Set.of())
                .provisioningBy(
                    new SingleSignOnSettings.Provisioning(
                        "groups", Map.of("confide-advisers", Set.of(Role.ADVISER)))));
    app =
        WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true), sso)
            .start("127.0.0.1", 0);
    b = Browser.withJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, provider, app::stop);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  @Test
  void a_newcomer_in_a_mapped_group_arrives_at_their_cases_with_a_new_account() {
    provider.nextSignIn(
        NEWCOMER, Map.of("name", "Nia Newcomer", "groups", List.of("confide-advisers")));
    b.open(url("/staff/sign-in"));

    b.find("a[href='/staff/sign-in/sso']").click();

    new WebDriverWait(b.driver, Duration.ofSeconds(10))
        .until(driver -> driver.getCurrentUrl().endsWith("/staff/cases"));
    b.assertAccessible();
    assertThat(fixture.ports.staffDirectory().findByEmail(EmailAddress.of(NEWCOMER)))
        .hasValueSatisfying(member -> assertThat(member.roles()).containsExactly(Role.ADVISER));
  }

  @Test
  void a_newcomer_in_no_mapped_group_is_refused_with_a_page_that_says_why() {
    provider.nextSignIn(NEWCOMER, Map.of("groups", List.of("library")));
    b.open(url("/staff/sign-in"));

    b.find("a[href='/staff/sign-in/sso']").click();
    new WebDriverWait(b.driver, Duration.ofSeconds(10))
        .until(driver -> driver.getCurrentUrl().contains("/staff/sign-in/sso/callback"));

    assertThat(b.heading()).isEqualTo("You cannot sign in to case work");
    assertThat(b.text("main p")).contains("none of your groups");
    b.assertAccessible();
    assertThat(fixture.ports.staffDirectory().findByEmail(EmailAddress.of(NEWCOMER))).isEmpty();
  }
}

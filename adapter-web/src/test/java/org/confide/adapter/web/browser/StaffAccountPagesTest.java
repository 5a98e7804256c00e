package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.confide.testing.Fixture;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator changes an account's name, roles and state from the admin pages, with JavaScript
 * off: deactivates it, makes it active again, and is refused, with the reason beside the field,
 * taking away the last administrator's role. The page and its error states pass axe-core, also at
 * phone width.
 */
@NeedsChromium
class StaffAccountPagesTest {

  private PagesServer server;
  private Browser b;

  @BeforeEach
  void start() {
    server = new PagesServer();
    b = Browser.withoutJavaScript();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(b, server);
  }

  private WebElement row(String email) {
    return b.findAll("tbody tr").stream()
        .filter(row -> row.getText().contains(email))
        .findFirst()
        .orElseThrow();
  }

  private void openAccount(String email) {
    b.open(server.url("/staff/admin/staff"));
    var href = row(email).findElement(By.cssSelector("a")).getAttribute("href");
    b.press("a[href='" + href.substring(href.indexOf("/staff/admin/staff/")) + "']");
    assertThat(b.heading()).isEqualTo("Change the account of " + email);
  }

  /** Clicks the label of a ticked box, as a person takes a tick away. */
  private void untick(String id) {
    if (b.find("#" + id).isSelected()) {
      b.find("label[for='" + id + "']").click();
    }
  }

  @Test
  void an_administrator_renames_deactivates_and_reactivates_an_account_without_javascript() {
    b.signInAsAdministrator(server);
    openAccount("adviser@example.ac.uk");
    b.type("displayName", "Alex Renamed");
    b.choose("roles", "SAFEGUARDING_LEAD");
    untick("active");
    b.press("form[action^='/staff/admin/staff/'] button");

    assertThat(b.text(".notice")).isEqualTo("The account has been changed.");
    assertThat(row("adviser@example.ac.uk").getText())
        .contains("Alex Renamed")
        .contains("Adviser, Safeguarding lead")
        .contains("Deactivated");

    openAccount("adviser@example.ac.uk");
    b.choose("active", "yes");
    b.press("form[action^='/staff/admin/staff/'] button");
    assertThat(row("adviser@example.ac.uk").getText()).contains("Active");
  }

  @Test
  void the_last_administrator_and_an_empty_name_are_refused_beside_their_fields() {
    b.close();
    // With JavaScript this time, for axe-core; the form posts as a plain form either way.
    b = Browser.withJavaScript();
    b.signInAsAdministrator(server);
    openAccount("admin@example.ac.uk");
    assertThat(b.find("#active-hint").getText())
        .isEqualTo("You cannot deactivate your own account.");
    b.assertAccessible();
    b.atPhoneWidth(b::assertAccessible);

    untick("roles-3");
    b.choose("roles", "ADVISER");
    b.press("form[action^='/staff/admin/staff/'] button");
    assertThat(b.errors()).singleElement().asString().contains("last active administrator");
    assertThat(b.find("#roles-error").getText()).contains("last active administrator");
    b.assertAccessible();

    b.type("displayName", " ");
    b.press("form[action^='/staff/admin/staff/'] button");
    assertThat(b.errors()).singleElement().asString().startsWith("The name");
    assertThat(b.find("#displayName").getAttribute("aria-invalid")).isEqualTo("true");
    b.assertAccessible();
    b.atPhoneWidth(b::assertAccessible);

    b.open(server.url("/staff/admin/staff/not-an-account"));
    assertThat(b.heading()).isEqualTo("Not found");
  }

  @Test
  void a_member_changes_their_password_on_its_page_and_stays_signed_in() {
    b.close();
    b = Browser.withJavaScript();
    b.signInAsAdministrator(server);
    b.press("a[href='/staff/password']");
    assertThat(b.heading()).isEqualTo("Change your password");
    b.assertAccessible();

    b.type("currentPassword", "not the password at all");
    b.type("newPassword", "short");
    b.press("form[action='/staff/password'] button");
    assertThat(b.errors()).containsExactly("That is not your current password");
    b.assertAccessible();
    b.atPhoneWidth(b::assertAccessible);

    b.type("currentPassword", Fixture.PASSWORD);
    b.type("newPassword", "a brand new long password");
    b.press("form[action='/staff/password'] button");
    assertThat(b.text(".notice")).startsWith("Your password has been changed");
    b.open(server.url("/staff/admin/staff"));
    assertThat(b.heading()).isEqualTo("Staff accounts");
    assertThat(server.fixture.confide.identifyStaff().identify(server.fixture.admin).isDone())
        .isFalse();
  }

  @Test
  void a_member_makes_new_recovery_codes_with_a_fresh_code_from_the_app() {
    b.close();
    b = Browser.withJavaScript();
    var clock = server.fixture.clock;
    var enrolled =
        TwoFactor.setUp(
            server.fixture.confide, server.fixture.logIn("analyst@example.ac.uk"), clock);
    clock.advance(Duration.ofSeconds(30));
    b.open(server.url("/staff/sign-in"));
    b.type("email", "analyst@example.ac.uk");
    b.type("password", Fixture.PASSWORD);
    b.type("code", TwoFactor.codeAt(enrolled.secret(), clock.instant()));
    b.press("form[action='/staff/sign-in'] button");
    b.open(server.url("/staff/two-factor"));
    assertThat(b.heading()).isEqualTo("Two-factor sign-in");
    b.assertAccessible();

    b.type("code", enrolled.recoveryCodes().get(0));
    b.press("form[action='/staff/two-factor/recovery-codes'] button");
    assertThat(b.errors()).singleElement().asString().startsWith("Enter the 6-digit code");
    b.assertAccessible();
    b.atPhoneWidth(b::assertAccessible);

    clock.advance(Duration.ofSeconds(30));
    b.type("code", TwoFactor.codeAt(enrolled.secret(), clock.instant()));
    b.press("form[action='/staff/two-factor/recovery-codes'] button");
    assertThat(b.heading()).isEqualTo("Save your recovery codes");
    assertThat(b.text(".notice")).contains("The ones you had before no longer work");
    assertThat(b.findAll(".recovery-codes li")).hasSize(10);
    b.assertAccessible();
  }
}

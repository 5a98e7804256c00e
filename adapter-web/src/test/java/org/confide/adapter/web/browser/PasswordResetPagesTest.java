package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator resets a member's password from the account's page and is shown the one-time
 * link; the member opens it in another browser and chooses a new password, all with JavaScript off.
 * The link then works no more, and an expired one says so. Every page passes axe-core and fits a
 * phone.
 */
@NeedsChromium
class PasswordResetPagesTest {

  private static final String NEW_PASSWORD = "a brand new long password";

  private PagesServer server;
  private Browser admin;
  private Browser member;

  @BeforeEach
  void start() {
    server = new PagesServer();
  }

  @AfterEach
  void stop() throws Exception {
    Browser.closeAll(admin, member, server);
  }

  /** Resets the adviser's password from their account's page; answers the link shown. */
  private String resetTheAdvisersPassword() {
    admin.signInAsAdministrator(server);
    admin.open(server.url("/staff/admin/staff"));
    var row =
        admin.findAll("tbody tr").stream()
            .filter(r -> r.getText().contains("adviser@example.ac.uk"))
            .findFirst()
            .orElseThrow();
    admin.open(row.findElement(By.cssSelector("a")).getAttribute("href"));
    admin.press("form[action$='/password-reset'] button");
    assertThat(admin.heading()).isEqualTo("Give them this link");
    assertThat(admin.text(".notice"))
        .isEqualTo("The password of adviser@example.ac.uk has been reset.");
    return admin.find("#set-password-link").getAttribute("href");
  }

  @Test
  void the_member_sets_a_new_password_with_the_link_once_without_javascript() {
    admin = Browser.withoutJavaScript();
    member = Browser.withoutJavaScript();
    var link = resetTheAdvisersPassword();
    assertThat(link).matches(".*/staff/set-password\\?token=[0-9a-f]{64}");

    member.open(link);
    assertThat(member.heading()).isEqualTo("Choose a new password");
    member.type("newPassword", "too short");
    member.press("form[action='/staff/set-password'] button");
    assertThat(member.errors()).singleElement().asString().contains("at least 12 characters");
    member.type("newPassword", NEW_PASSWORD);
    member.press("form[action='/staff/set-password'] button");

    assertThat(member.text(".notice")).isEqualTo("Your new password is set. Sign in with it.");
    member.type("email", "adviser@example.ac.uk");
    member.type("password", NEW_PASSWORD);
    member.press("form[action='/staff/sign-in'] button");
    assertThat(member.heading()).isNotEqualTo("Sign in");
    member.open(link);
    assertThat(member.heading()).isEqualTo("This link does not work");
  }

  @Test
  void every_page_of_a_reset_passes_axe_and_fits_a_phone() {
    admin = Browser.withJavaScript();
    member = Browser.withJavaScript();
    var link = resetTheAdvisersPassword();
    admin.assertFitsAPhoneAndAccessible();

    member.open(link);
    member.assertFitsAPhoneAndAccessible();
    member.type("newPassword", "too short");
    member.press("form[action='/staff/set-password'] button");
    assertThat(member.find("#newPassword").getAttribute("aria-invalid")).isEqualTo("true");
    member.assertFitsAPhoneAndAccessible();

    member.open(server.url("/staff/set-password?token=" + "0".repeat(64)));
    assertThat(member.heading()).isEqualTo("This link does not work");
    member.assertFitsAPhoneAndAccessible();
    server.fixture.clock.advance(Duration.ofHours(24));
    member.open(link);
    assertThat(member.heading()).isEqualTo("This link has expired");
    member.assertFitsAPhoneAndAccessible();
  }
}

package org.confide.adapter.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confide.adapter.web.SingleSignOnSettings;
import org.confide.adapter.web.WebServer;
import org.confide.adapter.web.WebSettings;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Provisioning over real HTTP, with a real OpenID Connect provider issuing ID tokens with and
 * without the groups claim: a mapped group makes an account and a session, anything else is a
 * refusal page and no session.
 */
class ProvisioningTest {

  private static final String NEWCOMER = "newcomer@example.ac.uk";
  private static final String STAFF_COOKIE = "confide_staff";

  private final Provider provider = new Provider();
  private final Fixture fixture = new Fixture();
  private Javalin app;
  private SignInClient browser;

  @BeforeEach
  void serveWithProvisioning() {
    var rule =
        new SingleSignOnSettings.Provisioning(
            "groups",
            Map.of(
                "confide-advisers", Set.of(Role.ADVISER),
                "confide-leads", Set.of(Role.SAFEGUARDING_LEAD)));
    var sso =
        SingleSignOnSettings.through(
            SingleSignOnSettings.Provider.of(
                    provider.issuer(), Provider.CLIENT_ID, Provider.CLIENT_SECRET)
                .withSecondFactorStandingIn(Set.of("mfa"), Set.of())
                .provisioningBy(rule));
    app =
        WebServer.create(fixture.confide, WebSettings.defaults(fixture.clock, () -> true), sso)
            .start("127.0.0.1", 0);
    browser = new SignInClient("http://127.0.0.1:" + app.port());
  }

  @AfterEach
  void stop() {
    app.stop();
    provider.close();
  }

  private HttpResponse<String> signInWith(String email, Map<String, Object> more) {
    provider.nextSignIn(email, more);
    var start = browser.get("/staff/sign-in/sso");
    var back = browser.get(start.headers().firstValue("Location").orElseThrow());
    return browser.get(back.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void a_newcomer_in_a_mapped_group_gets_an_account_with_its_roles_and_a_session() {
    var signedIn =
        signInWith(
            NEWCOMER,
            Map.of("name", "Nia Newcomer", "groups", List.of("everyone", "confide-leads")));

    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(browser.cookies).containsKey(STAFF_COOKIE);
    assertThat(browser.get("/staff/escalations").statusCode()).isEqualTo(200);
    var member =
        fixture.ports.staffDirectory().findByEmail(EmailAddress.of(NEWCOMER)).orElseThrow();
    assertThat(member.displayName()).isEqualTo("Nia Newcomer");
    assertThat(member.roles()).containsExactly(Role.SAFEGUARDING_LEAD);
    assertThat(member.active()).isTrue();
    assertThat(fixture.audited(AuditAction.STAFF_CREATED).getLast().actor())
        .isEqualTo(Actor.system());
  }

  @Test
  void a_groups_claim_given_as_one_string_is_read_and_the_email_names_a_nameless_newcomer() {
    assertThat(signInWith(NEWCOMER, Map.of("groups", "confide-advisers")).statusCode())
        .isEqualTo(200);

    var member =
        fixture.ports.staffDirectory().findByEmail(EmailAddress.of(NEWCOMER)).orElseThrow();
    assertThat(member.roles()).containsExactly(Role.ADVISER);
    assertThat(member.displayName()).isEqualTo(NEWCOMER);
  }

  @Test
  void a_token_without_the_groups_claim_is_refused_and_no_account_is_made() {
    assertRefused(signInWith(NEWCOMER, Map.of("name", "Nia Newcomer")));
  }

  @Test
  void a_token_whose_groups_map_to_no_role_is_refused_and_no_account_is_made() {
    assertRefused(signInWith(NEWCOMER, Map.of("groups", List.of("everyone", "library"))));
  }

  @Test
  void a_deactivated_member_in_a_mapped_group_stays_deactivated() {
    var adviser = "adviser@example.ac.uk";
    assertThat(
            fixture
                .confide
                .deactivateStaff()
                .deactivate(
                    fixture.admin, new DeactivateStaffUseCase.Command(EmailAddress.of(adviser)))
                .isDone())
        .isTrue();

    var refused = signInWith(adviser, Map.of("groups", List.of("confide-advisers")));

    assertThat(refused.statusCode()).isBetween(400, 499);
    assertThat(refused.body()).contains("deactivated");
    assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
    assertThat(fixture.ports.staffDirectory().findByEmail(EmailAddress.of(adviser)).orElseThrow())
        .satisfies(member -> assertThat(member.active()).isFalse());
  }

  private void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(response.body()).contains("none of your groups");
    assertThat(browser.cookies).doesNotContainKey(STAFF_COOKIE);
    assertThat(fixture.ports.staffDirectory().findByEmail(EmailAddress.of(NEWCOMER))).isEmpty();
  }
}

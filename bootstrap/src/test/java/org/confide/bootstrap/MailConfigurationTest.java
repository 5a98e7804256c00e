package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.mail.MailSettings;
import org.confide.adapter.mail.MailSettings.Security;
import org.confide.bootstrap.Configuration.Reading;
import org.junit.jupiter.api.Test;

/** The mail server notifications go through, as the environment configures it. */
class MailConfigurationTest {

  private static final Map<String, String> RELAY =
      Map.of(
          "CONFIDE_SMTP_HOST", "smtp.example.ac.uk",
          "CONFIDE_MAIL_FROM", "confide@example.ac.uk",
          "CONFIDE_PUBLIC_URL", "https://confide.example.ac.uk");

  private static Map<String, String> relayWith(String... pairs) {
    var environment = new HashMap<>(RELAY);
    for (int i = 0; i < pairs.length; i += 2) {
      environment.put(pairs[i], pairs[i + 1]);
    }
    return environment;
  }

  private static Configuration valid(Map<String, String> environment) {
    return ConfigurationTest.valid(environment);
  }

  private static Reading.Invalid invalid(Map<String, String> environment) {
    return ConfigurationTest.invalid(environment);
  }

  @Test
  void notifications_are_off_without_an_smtp_host() {
    assertThat(valid(Map.of()).mail()).isEmpty();
  }

  @Test
  void a_host_alone_means_starttls_on_port_587_with_no_account() {
    assertThat(valid(RELAY).mail())
        .contains(
            new MailSettings(
                "smtp.example.ac.uk",
                587,
                Optional.empty(),
                Optional.empty(),
                Security.STARTTLS,
                "confide@example.ac.uk"));
  }

  @Test
  void smtps_defaults_to_port_465_and_an_account_and_port_are_read() {
    var mail =
        valid(
                relayWith(
                    "CONFIDE_SMTP_TLS", "SMTPS",
                    "CONFIDE_SMTP_USERNAME", "relay",
                    "CONFIDE_SMTP_PASSWORD", "relay password"))
            .mail()
            .orElseThrow();
    assertThat(mail.port()).isEqualTo(465);
    assertThat(mail.security()).isEqualTo(Security.SMTPS);
    assertThat(mail.username()).contains("relay");
    assertThat(mail.toString()).doesNotContain("relay password");

    assertThat(
            valid(relayWith("CONFIDE_SMTP_TLS", "none", "CONFIDE_SMTP_PORT", "2525"))
                .mail()
                .orElseThrow()
                .port())
        .isEqualTo(2525);
  }

  @Test
  void every_bad_mail_setting_is_named_by_its_variable() {
    var problems =
        invalid(
                Map.of(
                    "CONFIDE_SMTP_HOST", "smtp example",
                    "CONFIDE_SMTP_PORT", "seventy",
                    "CONFIDE_SMTP_TLS", "ssl",
                    "CONFIDE_SMTP_PASSWORD", "secret",
                    "CONFIDE_MAIL_FROM", "not an address"))
            .problems();

    assertThat(problems)
        .contains(
            "CONFIDE_SMTP_HOST must be a host name such as smtp.example.ac.uk",
            "CONFIDE_SMTP_PORT must be a port number such as 587",
            "CONFIDE_SMTP_TLS must be starttls, smtps or none",
            "CONFIDE_SMTP_PASSWORD needs CONFIDE_SMTP_USERNAME too",
            "CONFIDE_MAIL_FROM must be an email address such as confide@example.ac.uk",
            "CONFIDE_PUBLIC_URL must be set with CONFIDE_SMTP_HOST: every email links to the staff"
                + " pages at that address");
    assertThat(String.join("\n", problems)).doesNotContain("secret");
  }

  @Test
  void a_sender_address_is_needed_with_a_host() {
    var environment = relayWith();
    environment.remove("CONFIDE_MAIL_FROM");

    assertThat(invalid(environment).problems())
        .containsExactly(
            "CONFIDE_MAIL_FROM must be set with CONFIDE_SMTP_HOST: the address emails come from,"
                + " such as confide@example.ac.uk");
  }

  @Test
  void mail_settings_without_a_host_are_refused_rather_than_ignored() {
    assertThat(
            invalid(Map.of("CONFIDE_SMTP_PORT", "25", "CONFIDE_MAIL_FROM", "a@example.ac.uk"))
                .problems())
        .containsExactly(
            "CONFIDE_SMTP_PORT is for notifications: it needs CONFIDE_SMTP_HOST too",
            "CONFIDE_MAIL_FROM is for notifications: it needs CONFIDE_SMTP_HOST too");
  }
}

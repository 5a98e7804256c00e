package org.confide.bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.mail.MailSettings;
import org.confide.domain.staff.EmailAddress;

/**
 * The mail server that notifications go through, read from the environment ({@code
 * CONFIDE_SMTP_...} and {@code CONFIDE_MAIL_FROM}). Without {@code CONFIDE_SMTP_HOST} notifications
 * are off; the other variables then must not be set, so that a half-made setting is seen at start
 * rather than found out when no email arrives. Every problem is named by its variable.
 */
final class MailConfiguration {

  static final String HOST = "CONFIDE_SMTP_HOST";
  static final String PORT = "CONFIDE_SMTP_PORT";
  static final String USERNAME = "CONFIDE_SMTP_USERNAME";
  static final String PASSWORD = "CONFIDE_SMTP_PASSWORD";
  static final String TLS = "CONFIDE_SMTP_TLS";
  static final String FROM = "CONFIDE_MAIL_FROM";

  private MailConfiguration() {}

  /**
   * The mail server in {@code env}, or empty when notifications are off; each problem found is
   * added to {@code problems}. Notifications need {@code publicOrigin} for the link in every email.
   */
  static Optional<MailSettings> read(
      Map<String, String> env, Optional<String> publicOrigin, List<String> problems) {
    var host = get(env, HOST);
    if (host.isEmpty()) {
      for (var name : List.of(PORT, USERNAME, PASSWORD, TLS, FROM)) {
        if (get(env, name).isPresent()) {
          problems.add(name + " is for notifications: it needs " + HOST + " too");
        }
      }
      return Optional.empty();
    }
    int before = problems.size();
    if (!host.get().matches("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]")) {
      problems.add(HOST + " must be a host name such as smtp.example.ac.uk");
    }
    var security = MailSettings.Security.STARTTLS;
    var tls = get(env, TLS);
    if (tls.isPresent()) {
      switch (tls.get().toLowerCase(Locale.ROOT)) {
        case "starttls" -> security = MailSettings.Security.STARTTLS;
        case "smtps" -> security = MailSettings.Security.SMTPS;
        case "none" -> security = MailSettings.Security.NONE;
        default -> problems.add(TLS + " must be starttls, smtps or none");
      }
    }
    int port = security.defaultPort();
    var portText = get(env, PORT);
    if (portText.isPresent()) {
      try {
        port = Integer.parseInt(portText.get());
        if (port < 1 || port > 65_535) {
          problems.add(PORT + " must be a port number from 1 to 65535");
        }
      } catch (NumberFormatException e) {
        problems.add(PORT + " must be a port number such as 587");
      }
    }
    var username = get(env, USERNAME);
    var password = get(env, PASSWORD);
    if (password.isPresent() && username.isEmpty()) {
      problems.add(PASSWORD + " needs " + USERNAME + " too");
    }
    if (username.isPresent() && password.isEmpty()) {
      problems.add(USERNAME + " needs " + PASSWORD + " too");
    }
    var from = get(env, FROM);
    if (from.isEmpty()) {
      problems.add(
          FROM
              + " must be set with "
              + HOST
              + ": the address emails come from, such as"
              + " confide@example.ac.uk");
    } else if (!EmailAddress.isValid(from.get())) {
      problems.add(FROM + " must be an email address such as confide@example.ac.uk");
    }
    if (publicOrigin.isEmpty()) {
      problems.add(
          "CONFIDE_PUBLIC_URL must be set with "
              + HOST
              + ": every email links to the staff pages at that address");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new MailSettings(host.get(), port, username, password, security, from.get().strip()));
  }

  private static Optional<String> get(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}

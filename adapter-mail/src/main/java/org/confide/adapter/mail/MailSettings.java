package org.confide.adapter.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the mail server.
 *
 * @param host the SMTP server's host name
 * @param port its port
 * @param username the account to sign in with, if the server asks for one
 * @param password that account's password, never printed
 * @param security how the connection is protected
 * @param from the address emails are sent from
 */
public record MailSettings(
    String host,
    int port,
    Optional<String> username,
    Optional<String> password,
    Security security,
    String from) {

  /** How the connection to the mail server is protected. */
  public enum Security {
    /** Plain SMTP upgraded with STARTTLS, refusing a server that does not offer it (port 587). */
    STARTTLS,
    /** SMTP inside TLS from the first byte (port 465). */
    SMTPS,
    /** No TLS: only for a relay on the same machine or network. */
    NONE;

    /** {@return the usual port for this kind of connection} */
    public int defaultPort() {
      return switch (this) {
        case STARTTLS -> 587;
        case SMTPS -> 465;
        case NONE -> 25;
      };
    }
  }

  /** Refuses a missing component, a port out of range or a password without an account. */
  public MailSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(from, "from");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port must be from 1 to 65535");
    }
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException("a password needs a username");
    }
  }

  @Override
  public String toString() {
    return "MailSettings[" + host + ":" + port + ", " + security + "]";
  }
}

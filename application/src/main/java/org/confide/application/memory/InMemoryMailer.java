package org.confide.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.out.Mailer;
import org.confide.domain.notification.Email;

/**
 * A {@link Mailer} that keeps what it is sent instead of sending it, and that can be told to fail
 * as an unreachable mail server would: for testers and for Confide's own tests. Thread-safe.
 */
public final class InMemoryMailer implements Mailer {

  private final List<Email> sent = new ArrayList<>();
  private boolean failing;

  /** A mailer that accepts every email. */
  public InMemoryMailer() {}

  @Override
  public synchronized Delivery send(Email email) {
    Objects.requireNonNull(email, "email must not be null");
    if (failing) {
      return Delivery.FAILED;
    }
    sent.add(email);
    return Delivery.SENT;
  }

  /**
   * Makes every later send fail, or succeed again.
   *
   * @param failing whether sends fail
   */
  public synchronized void failing(boolean failing) {
    this.failing = failing;
  }

  /** {@return every email accepted so far, in order} */
  public synchronized List<Email> sent() {
    return List.copyOf(sent);
  }
}

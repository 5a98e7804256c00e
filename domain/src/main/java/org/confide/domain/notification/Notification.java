package org.confide.domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;

/**
 * One email to one staff member, waiting in the outbox until it is sent or given up. It holds what
 * the email may say — the kind of event, a case reference and a due date — and the state of its
 * delivery; nothing a reporter wrote.
 *
 * @param id the notification's id, which also makes the email's Message-ID, so a retry of the same
 *     notification is recognisably the same email
 * @param kind what happened
 * @param recipient the staff member's address
 * @param reference the case it concerns, if any
 * @param dueDate the due date it names, if any
 * @param createdAt when the event that caused it happened
 * @param status where its delivery stands
 * @param attempts how many times sending was tried
 * @param nextAttemptAt when it is next due to be tried (while waiting)
 * @param settledAt when it was sent or given up, if it was
 */
public record Notification(
    UUID id,
    NotificationKind kind,
    EmailAddress recipient,
    Optional<ReportReference> reference,
    Optional<LocalDate> dueDate,
    Instant createdAt,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    Optional<Instant> settledAt) {

  /** Where a notification's delivery stands. */
  public enum Status {
    /** Not sent yet: due at its next attempt. */
    WAITING,
    /**
     * Held for the recipient's daily digest, as they chose: due, with the others held for them, at
     * its next attempt (the digest's hour).
     */
    HELD,
    /** Accepted by the mail server, on its own or in a digest. */
    SENT,
    /** Every attempt failed: no more are made. */
    GIVEN_UP,
    /** Not sent, because the recipient chose to receive no email of its kind. */
    NOT_WANTED;

    /** {@return whether a notification in this state is done with: sent, given up or not wanted} */
    public boolean settled() {
      return this != WAITING && this != HELD;
    }
  }

  /**
   * Refuses a missing component or a state that does not hold together.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if attempts are negative, or a settled notification has no
   *     settling time, or a waiting one has one
   */
  public Notification {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(recipient, "recipient must not be null");
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(dueDate, "due date must not be null");
    Objects.requireNonNull(createdAt, "created at must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(nextAttemptAt, "next attempt at must not be null");
    Objects.requireNonNull(settledAt, "settled at must not be null");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    if (status.settled() != settledAt.isPresent()) {
      throw new IllegalArgumentException(
          "a notification is settled exactly when it is not waiting or held");
    }
  }

  /**
   * A new notification, due at once.
   *
   * @param id its id, drawn at random
   * @param kind what happened
   * @param recipient the staff member to tell
   * @param reference the case it concerns, if any
   * @param dueDate the due date it names, if any
   * @param at when the event happened
   * @return the notification, waiting, with no attempt made
   */
  public static Notification of(
      UUID id,
      NotificationKind kind,
      EmailAddress recipient,
      Optional<ReportReference> reference,
      Optional<LocalDate> dueDate,
      Instant at) {
    return new Notification(
        id, kind, recipient, reference, dueDate, at, Status.WAITING, 0, at, Optional.empty());
  }

  /**
   * This notification claimed by one sender until {@code until}: not due to any other before then,
   * so that two nodes never send it at once; if its sender dies, it is due again after {@code
   * until}.
   *
   * @param until when the claim lapses
   * @return the notification, waiting or held as it was, next due at {@code until}
   * @throws IllegalStateException if it is neither waiting nor held
   */
  public Notification claimedUntil(Instant until) {
    requirePending();
    return with(status, attempts, until, Optional.empty());
  }

  /**
   * This notification held for the recipient's daily digest, as they chose.
   *
   * @param digestAt when the digest that lists it is due
   * @return the notification, held until {@code digestAt}
   * @throws IllegalStateException if it is not waiting
   */
  public Notification heldUntil(Instant digestAt) {
    requireStatus(Status.WAITING);
    return with(Status.HELD, attempts, digestAt, Optional.empty());
  }

  /**
   * This notification not sent, because its recipient wants no email of its kind.
   *
   * @param at when the sender found so
   * @return the notification, settled as not wanted
   * @throws IllegalStateException if it is not waiting
   */
  public Notification notWanted(Instant at) {
    requireStatus(Status.WAITING);
    return with(Status.NOT_WANTED, attempts, nextAttemptAt, Optional.of(at));
  }

  /**
   * This notification sent.
   *
   * @param at when the mail server accepted it
   * @return the notification, sent
   * @throws IllegalStateException if it is neither waiting nor held
   */
  public Notification sent(Instant at) {
    requirePending();
    return with(Status.SENT, attempts + 1, nextAttemptAt, Optional.of(at));
  }

  /**
   * This notification after a failed attempt: waiting for the next, or given up after the last.
   *
   * @param at when the attempt failed
   * @param policy how failures are retried
   * @return the notification, waiting (or held, for a digest) until a later attempt, or given up
   * @throws IllegalStateException if it is neither waiting nor held
   */
  public Notification failed(Instant at, RetryPolicy policy) {
    requirePending();
    int made = attempts + 1;
    if (made >= policy.tries()) {
      return with(Status.GIVEN_UP, made, nextAttemptAt, Optional.of(at));
    }
    return with(status, made, at.plus(policy.delayAfter(made)), Optional.empty());
  }

  private Notification with(
      Status status, int attempts, Instant nextAttemptAt, Optional<Instant> settledAt) {
    return new Notification(
        id,
        kind,
        recipient,
        reference,
        dueDate,
        createdAt,
        status,
        attempts,
        nextAttemptAt,
        settledAt);
  }

  private void requirePending() {
    if (status.settled()) {
      throw new IllegalStateException("notification " + id + " is " + status + ", not pending");
    }
  }

  private void requireStatus(Status expected) {
    if (status != expected) {
      throw new IllegalStateException("notification " + id + " is " + status + ", not " + expected);
    }
  }

  @Override
  public String toString() {
    // The recipient is a person's address: kept out of logs and exceptions.
    return "Notification[" + id + ", " + kind + ", " + status + ", attempts=" + attempts + "]";
  }
}

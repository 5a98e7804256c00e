package org.confide.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.ReportReference;

/**
 * One entry in the audit trail. The {@code detail} is a short, non-personal note such as {@code
 * OPEN -> CLOSED}; it must never carry report content, message text, contact details, codes or
 * anything else a person wrote, because the trail is kept longer than reports and read more widely.
 *
 * @param id identifies the event
 * @param at when it happened
 * @param actor who did it
 * @param action what was done
 * @param subject the report it concerns: present exactly when {@link AuditAction#concernsReport()}
 * @param detail a short note in English, one line of at most {@value #MAX_DETAIL_LENGTH}
 *     characters, possibly empty; stored trimmed. It is what programs, logs and the hash chain
 *     read.
 * @param coded the same note coded, from which an adapter says it in a reader's language; empty for
 *     a note written before notes were coded, and for an empty note. Made by Confide, it makes
 *     exactly {@code detail} ({@link #codedAsDetail()}); read back from a store, {@link AuditChain}
 *     checks that it still does.
 */
public record AuditEvent(
    AuditEventId id,
    Instant at,
    Actor actor,
    AuditAction action,
    Optional<ReportReference> subject,
    String detail,
    Optional<AuditDetail> coded) {

  /** The longest detail accepted, in characters. */
  public static final int MAX_DETAIL_LENGTH = 500;

  /**
   * An event; trims {@code detail}.
   *
   * @throws IllegalArgumentException if the subject is present for an action that concerns no
   *     report or missing for one that does, or the detail is too long or holds a control character
   *     (a line break among them)
   */
  public AuditEvent {
    Objects.requireNonNull(id, "audit event id must not be null");
    Objects.requireNonNull(at, "audit event at must not be null");
    Objects.requireNonNull(actor, "audit actor must not be null");
    Objects.requireNonNull(action, "audit action must not be null");
    Objects.requireNonNull(subject, "audit subject must not be null");
    Objects.requireNonNull(detail, "audit detail must not be null");
    Objects.requireNonNull(coded, "audit coded detail must be Optional, not null");
    if (subject.isPresent() != action.concernsReport()) {
      throw new IllegalArgumentException(
          "audit subject must be "
              + (action.concernsReport() ? "present" : "empty")
              + " for "
              + action);
    }
    detail = detail.strip();
    if (detail.length() > MAX_DETAIL_LENGTH) {
      throw new IllegalArgumentException(
          "audit detail must be at most " + MAX_DETAIL_LENGTH + " characters");
    }
    if (detail.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "audit detail must be one line without control characters");
    }
  }

  /**
   * An event whose note is not coded: one recorded before notes were coded, or with no note.
   *
   * @param id identifies the event
   * @param at when it happened
   * @param actor who did it
   * @param action what was done
   * @param subject the report it concerns
   * @param detail a short, non-personal note in English; may be empty
   * @throws IllegalArgumentException as the canonical constructor
   */
  public AuditEvent(
      AuditEventId id,
      Instant at,
      Actor actor,
      AuditAction action,
      Optional<ReportReference> subject,
      String detail) {
    this(id, at, actor, action, subject, detail, Optional.empty());
  }

  /**
   * An event with a coded note, its detail the note's English.
   *
   * @param id identifies the event
   * @param at when it happened
   * @param actor who did it
   * @param action what was done
   * @param subject the report it concerns
   * @param detail the note, coded
   * @return the event
   * @throws IllegalArgumentException as the canonical constructor, or if the note is {@link
   *     AuditDetailCode#UNREADABLE}
   */
  public static AuditEvent coded(
      AuditEventId id,
      Instant at,
      Actor actor,
      AuditAction action,
      Optional<ReportReference> subject,
      AuditDetail detail) {
    Objects.requireNonNull(detail, "audit detail must not be null");
    if (detail.code() == AuditDetailCode.UNREADABLE) {
      throw new IllegalArgumentException("an unreadable note is never recorded");
    }
    return new AuditEvent(id, at, actor, action, subject, detail.english(), Optional.of(detail));
  }

  /**
   * Whether the coded note, if there is one, makes exactly the English detail: always so for an
   * event Confide makes; not so for one whose stored code or arguments were changed.
   *
   * @return true if there is no coded note, or it says the detail
   */
  public boolean codedAsDetail() {
    return coded.map(note -> note.english().strip().equals(detail)).orElse(true);
  }

  /**
   * An event about the report {@code subject}.
   *
   * @param id identifies the event
   * @param at when it happened
   * @param actor who did it
   * @param action what was done; one that {@link AuditAction#concernsReport() concerns a report}
   * @param subject the report it concerns
   * @param detail a short, non-personal note; may be empty
   * @return the event
   * @throws IllegalArgumentException if {@code action} concerns no report, or the detail breaks a
   *     rule
   */
  public static AuditEvent of(
      AuditEventId id,
      Instant at,
      Actor actor,
      AuditAction action,
      ReportReference subject,
      String detail) {
    return new AuditEvent(id, at, actor, action, Optional.of(subject), detail);
  }

  /**
   * An event about no report in particular, such as a staff log-in.
   *
   * @param id identifies the event
   * @param at when it happened
   * @param actor who did it
   * @param action what was done; one that concerns no report
   * @param detail a short, non-personal note; may be empty
   * @return the event
   * @throws IllegalArgumentException if {@code action} concerns a report, or the detail breaks a
   *     rule
   */
  public static AuditEvent of(
      AuditEventId id, Instant at, Actor actor, AuditAction action, String detail) {
    return new AuditEvent(id, at, actor, action, Optional.empty(), detail);
  }
}

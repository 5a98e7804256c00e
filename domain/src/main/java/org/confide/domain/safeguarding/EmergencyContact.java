package org.confide.domain.safeguarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;

/**
 * Someone to call or to reach when a person is in danger now: shown to every reporter, and first to
 * one whose answers say they are in immediate danger, because Confide is not an emergency service.
 * A contact always has a way to reach it: a phone number, a web address, or both.
 *
 * @param name who they are, such as {@code Samaritans}: at most {@value #MAX_NAME} characters
 * @param phone the number to call, as it should be shown, such as {@code 116 123} or {@code 0161
 *     275 2000 (ext 4444)}: at least three digits, at most {@value #MAX_PHONE} characters
 * @param url a web address starting {@code https://} or {@code http://}, at most {@value #MAX_URL}
 *     characters
 * @param note when to call them, in a sentence: at most {@value #MAX_NOTE} characters
 */
public record EmergencyContact(
    String name, Optional<String> phone, Optional<String> url, Optional<String> note) {

  /** The longest name accepted. */
  public static final int MAX_NAME = 100;

  /** The longest phone number accepted, as shown. */
  public static final int MAX_PHONE = 40;

  /** The longest web address accepted. */
  public static final int MAX_URL = 300;

  /** The longest note accepted. */
  public static final int MAX_NOTE = 300;

  private static final Pattern URL = Pattern.compile("https?://[^\\s/?#@]+[^\\s]*");

  /**
   * A contact; trims each part.
   *
   * @throws IllegalArgumentException if a part breaks a rule of {@link #check}
   * @throws NullPointerException if a part is null
   */
  public EmergencyContact {
    name = FreeText.require("emergency contact name", name, MAX_NAME);
    phone = Objects.requireNonNull(phone, "phone must be Optional, not null").map(String::strip);
    url = Objects.requireNonNull(url, "url must be Optional, not null").map(String::strip);
    note = Objects.requireNonNull(note, "note must be Optional, not null").map(String::strip);
    var problems = problems(name, phone.orElse(null), url.orElse(null), note.orElse(null));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "emergency contact: " + problems.getFirst().field() + " breaks a rule");
    }
  }

  /**
   * A contact reached by phone.
   *
   * @param name who they are
   * @param phone the number to call
   * @param note when to call them
   * @throws IllegalArgumentException if a part breaks a rule
   */
  public EmergencyContact(String name, String phone, String note) {
    this(name, Optional.of(phone), Optional.empty(), Optional.of(note));
  }

  /**
   * A contact from what an administrator typed, or every problem with it, named {@code name},
   * {@code phone}, {@code url} or {@code note}. A blank phone, web address or note is one not
   * given.
   *
   * @param name who they are, or null when not given
   * @param phone the number to call, or null or blank when there is none
   * @param url the web address, or null or blank when there is none
   * @param note when to call them, or null or blank when there is none
   * @return the contact, or every problem found, worded for the administrator
   */
  public static Checked<EmergencyContact> check(
      String name, String phone, String url, String note) {
    var trimmed = name == null ? null : name.strip();
    var problems = problems(trimmed, given(phone), given(url), given(note));
    return Checked.unless(
        problems,
        () ->
            new EmergencyContact(
                trimmed,
                Optional.ofNullable(given(phone)),
                Optional.ofNullable(given(url)),
                Optional.ofNullable(given(note))));
  }

  private static String given(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static List<FieldProblem> problems(String name, String phone, String url, String note) {
    var problems = new ArrayList<FieldProblem>();
    if (name == null || name.isBlank()) {
      problems.add(FieldProblem.of("name", ProblemCode.EMERGENCY_NAME));
    } else {
      FreeText.problem("name", ProblemSubject.NAME, name, MAX_NAME).ifPresent(problems::add);
    }
    if (phone == null && url == null) {
      problems.add(FieldProblem.of("phone", ProblemCode.EMERGENCY_PHONE_OR_URL));
    }
    if (phone != null
        && (FreeText.problem(phone, MAX_PHONE).isPresent()
            || phone.chars().filter(c -> c >= '0' && c <= '9').count() < 3)) {
      problems.add(FieldProblem.of("phone", ProblemCode.EMERGENCY_PHONE, MAX_PHONE));
    }
    if (url != null && (url.length() > MAX_URL || !URL.matcher(url).matches())) {
      problems.add(FieldProblem.of("url", ProblemCode.EMERGENCY_URL, MAX_URL));
    }
    if (note != null) {
      FreeText.problem("note", ProblemSubject.NOTE, note, MAX_NOTE).ifPresent(problems::add);
    }
    return problems;
  }
}

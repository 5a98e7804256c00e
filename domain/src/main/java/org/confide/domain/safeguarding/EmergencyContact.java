package org.confide.domain.safeguarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;

/**
 * Someone to call or to reach when a person is in danger now: shown to every reporter, and first to
 * one whose answers say they are in immediate danger, because Confide is not an emergency service.
 * A contact always has a way to reach it: a phone number, a web address, or both. Its name and note
 * are the organisation's own words, in each language it writes them in; the number and address are
 * one in every language.
 *
 * @param name who they are, such as {@code Samaritans}: each text at most {@value #MAX_NAME}
 *     characters
 * @param phone the number to call, as it should be shown, such as {@code 116 123} or {@code 0161
 *     275 2000 (ext 4444)}: at least three digits, at most {@value #MAX_PHONE} characters
 * @param url a web address starting {@code https://} or {@code http://}, at most {@value #MAX_URL}
 *     characters
 * @param note when to call them, in a sentence: each text at most {@value #MAX_NOTE} characters
 */
public record EmergencyContact(
    OwnText name, Optional<String> phone, Optional<String> url, Optional<OwnText> note) {

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
   * A contact; trims the phone number and web address.
   *
   * @throws IllegalArgumentException if a part breaks a rule of {@link #check}
   * @throws NullPointerException if a part is null
   */
  public EmergencyContact {
    Objects.requireNonNull(name, "name must not be null");
    phone = Objects.requireNonNull(phone, "phone must be Optional, not null").map(String::strip);
    url = Objects.requireNonNull(url, "url must be Optional, not null").map(String::strip);
    Objects.requireNonNull(note, "note must be Optional, not null");
    name.all().forEach(text -> FreeText.require("emergency contact name", text, MAX_NAME));
    note.ifPresent(n -> n.all().forEach(text -> FreeText.require("note", text, MAX_NOTE)));
    var problems = problems(phone.orElse(null), url.orElse(null));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "emergency contact: " + problems.getFirst().field() + " breaks a rule");
    }
  }

  /**
   * A contact whose name and note are plain texts, the organisation's first language's.
   *
   * @param name who they are
   * @param phone the number to call, if any
   * @param url the web address, if any
   * @param note when to call them, if anything
   * @throws IllegalArgumentException if a part breaks a rule
   */
  public EmergencyContact(
      String name, Optional<String> phone, Optional<String> url, Optional<String> note) {
    this(OwnText.of(name), phone, url, note.map(OwnText::of));
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
    this(OwnText.of(name), Optional.of(phone), Optional.empty(), Optional.of(OwnText.of(note)));
  }

  /**
   * A contact from what an administrator typed, its name and note plain texts, or every problem
   * with it, named as {@link #check(OwnText.Typed, String, String, OwnText.Typed)} names them.
   *
   * @param name who they are, or null when not given
   * @param phone the number to call, or null or blank when there is none
   * @param url the web address, or null or blank when there is none
   * @param note when to call them, or null or blank when there is none
   * @return the contact, or every problem found, worded for the administrator
   */
  public static Checked<EmergencyContact> check(
      String name, String phone, String url, String note) {
    return check(OwnText.Typed.plain(name), phone, url, OwnText.Typed.plain(note));
  }

  /**
   * A contact from what an administrator typed, or every problem with it, named {@code name},
   * {@code phone}, {@code url} or {@code note} (or {@code name.<tag>}, {@code note.<tag>} for a
   * text in a language). A blank phone, web address or note is one not given; a name needs a text
   * in at least one language.
   *
   * @param name who they are, plain or in each language, or null when not given
   * @param phone the number to call, or null or blank when there is none
   * @param url the web address, or null or blank when there is none
   * @param note when to call them, plain or in each language, or null or blank when there is none
   * @return the contact, or every problem found, worded for the administrator
   */
  public static Checked<EmergencyContact> check(
      OwnText.Typed name, String phone, String url, OwnText.Typed note) {
    var problems = new ArrayList<FieldProblem>();
    var named =
        OwnText.check("name", ProblemSubject.NAME, name, MAX_NAME)
            .collect(problems)
            .flatMap(n -> n);
    if (named.isEmpty() && problems.isEmpty()) {
      problems.add(FieldProblem.of("name", ProblemCode.EMERGENCY_NAME));
    }
    problems.addAll(problems(given(phone), given(url)));
    var noted =
        OwnText.check("note", ProblemSubject.NOTE, note, MAX_NOTE)
            .collect(problems)
            .flatMap(n -> n);
    return Checked.unless(
        problems,
        () ->
            new EmergencyContact(
                named.orElseThrow(),
                Optional.ofNullable(given(phone)),
                Optional.ofNullable(given(url)),
                noted));
  }

  private static String given(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static List<FieldProblem> problems(String phone, String url) {
    var problems = new ArrayList<FieldProblem>();
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
    return problems;
  }
}

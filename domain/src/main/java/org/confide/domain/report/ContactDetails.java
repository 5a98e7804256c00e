package org.confide.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.domain.shared.EmailForm;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;

/**
 * How a named reporter can be reached: a name, and an email address or a phone number or both.
 * Never printed: its {@code toString} says only which parts are present.
 *
 * @param name what to call the reporter: not blank, at most {@value #MAX_NAME_LENGTH} characters,
 *     no control characters but line breaks and tabs; stored trimmed
 * @param email an email address, if they gave one: at most {@value #MAX_EMAIL_LENGTH} characters;
 *     stored trimmed, in the case given
 * @param phone a phone number, if they gave one: at most {@value #MAX_PHONE_LENGTH} characters, 6
 *     to 15 digits, written with digits, spaces, brackets, dots, hyphens and an optional leading
 *     {@code +}; stored trimmed
 */
public record ContactDetails(String name, Optional<String> email, Optional<String> phone) {

  /** The most characters a name may have. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The most characters an email address may have, as the standards allow. */
  public static final int MAX_EMAIL_LENGTH = 254;

  /** The most characters a phone number may have, spaces and brackets included. */
  public static final int MAX_PHONE_LENGTH = 40;

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-.]{6,25}");

  /**
   * Contact details; trims each part. At least one of the email address and the phone number must
   * be present. For what a reporter typed, use {@link #check}, which tells every problem instead of
   * throwing.
   *
   * @throws IllegalArgumentException if a part is null or breaks a rule, or both the email address
   *     and the phone number are empty; the message names the first problem only
   */
  public ContactDetails {
    if (email == null || phone == null) {
      throw new IllegalArgumentException("contact email and phone must be Optional, not null");
    }
    var problems = problems(name, email.orElse(null), phone.orElse(null));
    if (!problems.isEmpty()) {
      var first = problems.getFirst();
      throw new IllegalArgumentException(first.field() + " " + first.message());
    }
    name = name.strip();
    email = email.map(String::strip);
    phone = phone.map(String::strip);
  }

  /**
   * Checks what a person typed, each part optional as typed (null or blank meaning absent), and
   * returns the contact details or every problem, named by field ({@code contact.name} ...).
   *
   * @param name the name as typed; null or blank is a problem
   * @param email the email address as typed; null or blank if none was given
   * @param phone the phone number as typed; null or blank if none was given
   * @return the details, or every problem, each named {@code contact.name}, {@code contact.email}
   *     or {@code contact.phone} (a missing address and number together are named {@code
   *     contact.email})
   */
  public static Check check(String name, String email, String phone) {
    var problems = problems(name, blankToNull(email), blankToNull(phone));
    if (!problems.isEmpty()) {
      return new Check.Invalid(problems);
    }
    return new Check.Valid(
        new ContactDetails(
            name,
            Optional.ofNullable(blankToNull(email)),
            Optional.ofNullable(blankToNull(phone))));
  }

  /** The outcome of {@link #check}. */
  public sealed interface Check {
    /**
     * The details were usable.
     *
     * @param contact the details, trimmed
     */
    record Valid(ContactDetails contact) implements Check {}

    /**
     * What was wrong, field by field.
     *
     * @param problems every problem found, worded for the reporter
     */
    record Invalid(List<FieldProblem> problems) implements Check {
      /**
       * The problems found; keeps an unmodifiable copy.
       *
       * @throws NullPointerException if the list or a problem in it is null
       */
      public Invalid {
        problems = List.copyOf(problems);
      }
    }
  }

  private static List<FieldProblem> problems(String name, String email, String phone) {
    var problems = new ArrayList<FieldProblem>();
    if (name == null || name.isBlank()) {
      problems.add(FieldProblem.of("contact.name", ProblemCode.CONTACT_NAME));
    } else {
      FreeText.counted("contact.name", ProblemSubject.YOUR_NAME, name.strip(), MAX_NAME_LENGTH)
          .ifPresent(problems::add);
    }
    if (email == null && phone == null) {
      problems.add(FieldProblem.of("contact.email", ProblemCode.CONTACT_EMAIL_OR_PHONE));
    }
    // An over-long part is told as such, with its limit, rather than as a wrongly written one.
    var emailTooLong = tooLong("contact.email", ProblemSubject.YOUR_EMAIL, email, MAX_EMAIL_LENGTH);
    var phoneTooLong = tooLong("contact.phone", ProblemSubject.YOUR_PHONE, phone, MAX_PHONE_LENGTH);
    emailTooLong.ifPresent(problems::add);
    phoneTooLong.ifPresent(problems::add);
    if (email != null && emailTooLong.isEmpty() && !EmailForm.isWellFormed(email.strip())) {
      problems.add(FieldProblem.of("contact.email", ProblemCode.CONTACT_EMAIL));
    }
    if (phone != null && phoneTooLong.isEmpty()) {
      var digits = phone.chars().filter(Character::isDigit).count();
      if (!PHONE.matcher(phone.strip()).matches() || digits < 6 || digits > 15) {
        problems.add(FieldProblem.of("contact.phone", ProblemCode.CONTACT_PHONE));
      }
    }
    return problems;
  }

  private static Optional<FieldProblem> tooLong(
      String field, ProblemSubject subject, String text, int maxLength) {
    return text == null
        ? Optional.empty()
        : FreeText.tooLong(field, subject, text.strip(), maxLength);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  @Override
  public String toString() {
    return "ContactDetails[name, "
        + (email.isPresent() ? "email" : "no email")
        + ", "
        + (phone.isPresent() ? "phone" : "no phone")
        + "]";
  }
}

package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/notifications.jte}: a member chooses how each kind of email reaches them,
 * and the hour of their daily digest.
 *
 * @param frame the frame around the page
 * @param emails each kind of email the member may be sent, in a fixed order
 * @param digestHour the hour of the digest shown as chosen
 * @param timeZone the time zone the hour is in, as the working calendar names it
 * @param languages the languages the member may have their emails in
 * @param language the tag of the language their emails are in now
 * @param notice the key of what was just done, or null
 * @param errors what was refused, each with the field it names
 */
public record NotificationsPage(
    Frame frame,
    List<EmailLine> emails,
    int digestHour,
    String timeZone,
    List<LanguageOption> languages,
    String language,
    String notice,
    List<FormError> errors)
    implements Page {

  @Override
  public String template() {
    return "staff/notifications.jte";
  }

  /** The message of the error that names {@code field}, or null. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }

  /** {@return the hours of the day, 0 to 23} */
  public List<Integer> hours() {
    return java.util.stream.IntStream.range(0, 24).boxed().toList();
  }

  /** {@return {@code hour} as a time of day, such as {@code 08:00}} */
  public static String time(int hour) {
    return "%02d:00".formatted(hour);
  }

  /**
   * A language the member may have their emails in.
   *
   * @param tag its tag, the option's value and {@code lang}
   * @param name its name in itself
   */
  public record LanguageOption(String tag, String name) {}

  /**
   * One kind of email on the page.
   *
   * @param name its name in the form ({@code new-report}), also the id its choices start with
   * @param subject the key of the email's subject line, by which the member knows it
   * @param delivery how it reaches the member now ({@code at-once}, {@code daily-digest}, {@code
   *     none})
   * @param choosable whether the member may change it
   * @param fixedReason the key of why it always comes at once, when it is not a choice; else null
   */
  public record EmailLine(
      String name, String subject, String delivery, boolean choosable, String fixedReason) {

    /** {@return whether {@code value} is how the email reaches the member now} */
    public boolean is(String value) {
      return delivery.equals(value);
    }
  }
}

package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.domain.safeguarding.EmergencyContact;

/**
 * The page {@code staff/admin-emergency-contacts.jte}: the organisation's own contacts as rows of a
 * form, and the national contacts reporters see until it sets its own.
 *
 * @param frame the frame
 * @param notice the notice after a change, or null
 * @param errors every problem with what was sent, anchored to its field
 * @param rows the rows of the form, filled or blank
 * @param set whether the organisation has set contacts of its own
 * @param national the national contacts
 */
public record EmergencyContactsPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    List<ContactRow> rows,
    boolean set,
    List<EmergencyContact> national)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-emergency-contacts.jte";
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }

  /**
   * One row of the form: a contact as typed, counted from 0.
   *
   * @param index the row's place in the form, from 0
   * @param name the name as typed, one box per language offered
   * @param phone the phone number as typed
   * @param url the web address as typed
   * @param note the note as typed, one box per language offered
   */
  public record ContactRow(
      int index, List<LanguageBox> name, String phone, String url, List<LanguageBox> note) {

    /** The id of this row's {@code part} field: {@code phone-2}. */
    public String id(String part) {
      return part + "-" + index;
    }
  }
}

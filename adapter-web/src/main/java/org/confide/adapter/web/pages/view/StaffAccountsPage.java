package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.application.port.in.ListStaffUseCase.StaffAccount;

/** The page {@code staff/admin-staff.jte}. */
public record StaffAccountsPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    List<Row> staff,
    String me,
    boolean twoFactorRequired,
    String email,
    String displayName,
    List<String> roles)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-staff.jte";
  }

  /**
   * One account's row.
   *
   * @param account the account
   * @param lastSignIn the day they last signed in, in words, or "Not yet"
   */
  public record Row(StaffAccount account, String lastSignIn) {}
}

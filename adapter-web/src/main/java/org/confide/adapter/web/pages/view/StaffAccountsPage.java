package org.confide.adapter.web.pages.view;

import java.util.List;
import org.confide.application.port.in.ListStaffUseCase.StaffAccount;

/** The page {@code staff/admin-staff.jte}. */
public record StaffAccountsPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    List<StaffAccount> staff,
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
}

package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code staff/recovery-codes.jte}. */
public record RecoveryCodesPage(Frame frame, List<String> codes) implements Page {

  @Override
  public String template() {
    return "staff/recovery-codes.jte";
  }
}

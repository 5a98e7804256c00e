package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/recovery-codes.jte}: new recovery codes, shown once.
 *
 * @param frame the frame around the page
 * @param codes the codes
 * @param replaced whether they replace earlier codes (rather than come with a new set-up)
 */
public record RecoveryCodesPage(Frame frame, List<String> codes, boolean replaced) implements Page {

  @Override
  public String template() {
    return "staff/recovery-codes.jte";
  }
}

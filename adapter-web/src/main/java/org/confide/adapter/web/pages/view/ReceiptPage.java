package org.confide.adapter.web.pages.view;

import java.util.List;

/** The page {@code reporter/receipt.jte}. */
public record ReceiptPage(Frame frame, Receipt receipt, List<FormError> errors) implements Page {

  @Override
  public String template() {
    return "reporter/receipt.jte";
  }
}

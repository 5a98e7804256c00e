package org.confide.adapter.web.pages.view;

/**
 * A phone number as a link a phone can dial: every number a page shows (emergency contacts, a
 * reporter's own number on the case page) is a {@code tel:} link with its visible text unchanged.
 */
public final class Phone {

  private Phone() {}

  /**
   * The {@code tel:} address of {@code number} as written: its digits, and a {@code +} that leads
   * it; spaces, dashes, brackets and words are left out ({@code "+44 (0)20 7946 0000"} dials {@code
   * tel:+4402079460000}).
   */
  public static String href(String number) {
    var digits = number.replaceAll("[^0-9]", "");
    return "tel:" + (number.strip().startsWith("+") ? "+" : "") + digits;
  }
}

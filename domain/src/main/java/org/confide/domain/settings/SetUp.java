package org.confide.domain.settings;

import java.util.List;

/**
 * What an organisation still has to do before Confide is its own service, item by item: the
 * administrators' pages show it until every item is done.
 *
 * @param contacts whether the organisation has set its own emergency contacts
 * @param questionnaire whether a questionnaire other than the built-in default is in use
 * @param calendar whether the working calendar has been made the organisation's own (public
 *     holidays, closures, working days or time zone changed from the default)
 * @param pages whether the pages reporters read are the organisation's own: done once the privacy
 *     notice, the one page whose default has blanks only the organisation can fill, has been saved
 * @param twoFactor whether every staff member must sign in with a second factor
 */
public record SetUp(
    boolean contacts, boolean questionnaire, boolean calendar, boolean pages, boolean twoFactor) {

  /** One item of the checklist, by name. */
  public enum Item {
    /** The organisation's own emergency contacts. */
    CONTACTS,
    /** The organisation's own questionnaire. */
    QUESTIONNAIRE,
    /** The working calendar. */
    CALENDAR,
    /** The pages reporters read. */
    PAGES,
    /** Two-factor sign-in for all staff. */
    TWO_FACTOR
  }

  /**
   * Whether every item is done.
   *
   * @return true when nothing remains to set up
   */
  public boolean complete() {
    return contacts && questionnaire && calendar && pages && twoFactor;
  }

  /**
   * Whether {@code item} is done.
   *
   * @param item an item
   * @return true when it is done
   */
  public boolean done(Item item) {
    return switch (item) {
      case CONTACTS -> contacts;
      case QUESTIONNAIRE -> questionnaire;
      case CALENDAR -> calendar;
      case PAGES -> pages;
      case TWO_FACTOR -> twoFactor;
    };
  }

  /**
   * The items in the order they are shown.
   *
   * @return every item
   */
  public static List<Item> items() {
    return List.of(Item.values());
  }
}

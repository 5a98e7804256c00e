package org.confide.domain.safeguarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ProblemCode;

/**
 * The emergency contacts an organisation has set, and so the ones reporters are shown. Until it
 * sets its own, reporters are shown the {@link #national() national contacts}, which are real and
 * always answer: never a placeholder, never an empty list.
 *
 * @param own the organisation's own contacts, in the order shown; empty until it sets them, at most
 *     {@value #MAX} of them
 */
public record EmergencyContacts(List<EmergencyContact> own) {

  /** The most contacts an organisation may set: a reporter in danger reads a short list. */
  public static final int MAX = 10;

  /**
   * The contacts; keeps an unmodifiable copy.
   *
   * @throws IllegalArgumentException if there are more than {@value #MAX}
   * @throws NullPointerException if the list or a contact is null
   */
  public EmergencyContacts {
    own = List.copyOf(Objects.requireNonNull(own, "own contacts must not be null"));
    if (own.size() > MAX) {
      throw new IllegalArgumentException(
          "at most " + MAX + " emergency contacts, was " + own.size());
    }
  }

  /**
   * No contacts of the organisation's own: reporters are shown the national ones.
   *
   * @return contacts not yet set
   */
  public static EmergencyContacts notSet() {
    return new EmergencyContacts(List.of());
  }

  /**
   * The contacts from what an administrator typed, or every problem with them, each named by its
   * place in the list ({@code contacts[2].phone}, {@code contacts[0].name.cy}), or {@code contacts}
   * for too many. An empty list is valid: the organisation stops showing contacts of its own, and
   * reporters see the national ones.
   *
   * @param entries the contacts as typed, in the order shown
   * @return the contacts, or every problem found, worded for the administrator
   */
  public static Checked<EmergencyContacts> check(List<Entry> entries) {
    Objects.requireNonNull(entries, "entries must not be null");
    var problems = new ArrayList<FieldProblem>();
    if (entries.size() > MAX) {
      problems.add(FieldProblem.of("contacts", ProblemCode.CONTACTS_TOO_MANY, MAX));
    }
    var contacts = new ArrayList<EmergencyContact>();
    for (int i = 0; i < entries.size(); i++) {
      var entry = entries.get(i);
      var place = "contacts[" + i + "]";
      EmergencyContact.check(entry.name(), entry.phone(), entry.url(), entry.note())
          .renamed(part -> place + "." + part)
          .collect(problems)
          .ifPresent(contacts::add);
    }
    return Checked.unless(problems, () -> new EmergencyContacts(contacts));
  }

  /**
   * Whether the organisation has set contacts of its own.
   *
   * @return true once it has; false while reporters are shown the national contacts
   */
  public boolean isSet() {
    return !own.isEmpty();
  }

  /**
   * The contacts reporters are shown: the organisation's own once set, the national ones until
   * then.
   *
   * @return never empty
   */
  public List<EmergencyContact> inForce() {
    return isSet() ? own : national();
  }

  /**
   * The UK's national contacts, as their services publish them: emergency services on 999, NHS 111,
   * and Samaritans on 116 123, each free to call at any time.
   *
   * @return the contacts shown until an organisation sets its own
   */
  public static List<EmergencyContact> national() {
    return List.of(
        new EmergencyContact(
            "Emergency services",
            Optional.of("999"),
            Optional.empty(),
            Optional.of("Police, ambulance or fire service, if someone is in danger now")),
        new EmergencyContact(
            "NHS 111",
            Optional.of("111"),
            Optional.of("https://111.nhs.uk"),
            Optional.of("Urgent medical help or advice when it is not an emergency, at any time")),
        new EmergencyContact(
            "Samaritans",
            Optional.of("116 123"),
            Optional.of("https://www.samaritans.org"),
            Optional.of("Free, day or night, if you need someone to talk to")));
  }

  /**
   * One contact as an administrator typed it; any part may be null or blank, which {@link #check}
   * names as a problem where it matters.
   *
   * @param name who they are, plain or in each language
   * @param phone the number to call
   * @param url the web address
   * @param note when to call them, plain or in each language
   */
  public record Entry(OwnText.Typed name, String phone, String url, OwnText.Typed note) {

    /**
     * An entry whose name and note are plain texts, the organisation's first language's.
     *
     * @param name who they are
     * @param phone the number to call
     * @param url the web address
     * @param note when to call them
     */
    public Entry(String name, String phone, String url, String note) {
      this(OwnText.Typed.plain(name), phone, url, OwnText.Typed.plain(note));
    }
  }
}

package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/admin-teams.jte}: the teams, a form to create one, and for each a form of
 * its members' email addresses.
 *
 * @param frame the frame
 * @param notice the notice after a change, or null
 * @param errors every problem with what was sent, anchored to its field
 * @param name the new team's name as typed, or blank
 * @param teams every team, by name
 * @param form the id of the form whose answer the page is (a team's members', {@code <field>-form},
 *     or the new team's), which switches its language
 */
public record TeamsPage(
    Frame frame,
    String notice,
    List<FormError> errors,
    String name,
    List<TeamRow> teams,
    String form)
    implements Page {

  @Override
  public String template() {
    return "staff/admin-teams.jte";
  }

  /** The message of the error anchored to {@code field}, or null when there is none. */
  public String errorFor(String field) {
    return FormError.messageFor(errors, field);
  }

  /**
   * One team.
   *
   * @param id the team's id
   * @param name its name
   * @param members its members' email addresses, one a line, as shown or as typed
   * @param field the id of its members' field
   */
  public record TeamRow(String id, String name, String members, String field) {}
}

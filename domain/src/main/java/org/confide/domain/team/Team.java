package org.confide.domain.team;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.shared.FreeText;
import org.confide.domain.staff.StaffId;

/**
 * A team of advisers who work one share of the cases, such as Student Support or HR.
 *
 * @param id the team
 * @param name what staff call it: 1 to {@value #MAX_NAME} characters, not blank, trimmed, with no
 *     control characters
 * @param members the staff members who belong to it
 */
public record Team(TeamId id, String name, Set<StaffId> members) {

  /** The longest name a team may have. */
  public static final int MAX_NAME = 80;

  /**
   * Refuses a missing component or a name out of form.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the name is blank, not trimmed, too long or holds control
   *     characters
   */
  public Team {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(name, "name must not be null");
    members = Set.copyOf(Objects.requireNonNull(members, "members must not be null"));
    nameProblem(name)
        .ifPresent(problem -> {
          throw new IllegalArgumentException(problem);
        });
  }

  /**
   * What is wrong with {@code name} as a team's name, if anything: for a request to answer rather
   * than throw.
   *
   * @param name the name asked for
   * @return the problem, in words that name the field, or empty when the name will do
   */
  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("name must not be blank");
    }
    if (!name.strip().equals(name)) {
      return Optional.of("name must not start or end with spaces");
    }
    return FreeText.problem(name, MAX_NAME).map(problem -> "name " + problem);
  }

  /**
   * This team with {@code members} in place of its members.
   *
   * @param members the staff members who now belong to it
   * @return the team with those members
   */
  public Team withMembers(Set<StaffId> members) {
    return new Team(id, name, members);
  }

  /**
   * Whether {@code staff} belongs to this team.
   *
   * @param staff a staff member
   * @return true if they are one of its members
   */
  public boolean has(StaffId staff) {
    return members.contains(staff);
  }
}

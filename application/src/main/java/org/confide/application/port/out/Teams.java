package org.confide.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.Exclusion;
import org.confide.domain.team.Routing;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamId;

/**
 * The teams, their members, the routing that sends new reports to them, and which team each case
 * belongs to. Team names are unique regardless of letter case. A case belongs to at most one team;
 * a case with none is every adviser's, as before teams existed. An adviser excluded from a case for
 * a conflict of interest is kept away from it whatever their teams, until a lead lifts the
 * exclusion; an exclusion goes with its case.
 */
public interface Teams {

  /** What adding a team came to. */
  enum Addition {
    /** The team was added. */
    ADDED,
    /** A team of that name (in any letter case) exists already; nothing was added. */
    NAME_TAKEN
  }

  /**
   * Adds {@code team}, members and all, unless its name is taken.
   *
   * @param team a new team, with an id not yet used
   * @return whether it was added
   */
  Addition add(Team team);

  /**
   * The team {@code id}.
   *
   * @param id a team
   * @return the team with its members, or empty if there is none with that id
   */
  Optional<Team> find(TeamId id);

  /** {@return every team with its members, by name (ignoring case), then by id} */
  List<Team> all();

  /**
   * Replaces the members of the team {@code team.id()} with {@code team.members()}; its name stays.
   *
   * @param team the team with its new members
   * @throws IllegalArgumentException if there is no such team
   */
  void replaceMembers(Team team);

  /**
   * The teams {@code staff} belongs to.
   *
   * @param staff a staff member
   * @return their teams' ids; empty if they belong to none
   */
  Set<TeamId> teamsOf(StaffId staff);

  /**
   * The routing in force. Every report's submission reads it, so an adapter may answer from a copy
   * kept for a few seconds: a routing saved through the same adapter is in force at once, one saved
   * through another node sharing the store within those seconds.
   *
   * @return the routing; {@link Routing#none()} until one is saved
   */
  Routing routing();

  /**
   * Makes {@code routing} the routing in force, replacing the one before.
   *
   * @param routing rules naming teams that exist
   */
  void replaceRouting(Routing routing);

  /**
   * The team case {@code reference} belongs to.
   *
   * @param reference a case
   * @return its team, or empty if it has none
   */
  Optional<TeamId> teamOf(ReportReference reference);

  /**
   * Puts case {@code reference} in {@code team}, taking it out of any team it was in.
   *
   * @param reference a case
   * @param team the team it now belongs to
   */
  void place(ReportReference reference, TeamId team);

  /**
   * Forgets which team case {@code reference} belonged to, and its exclusions, when the case is
   * purged or erased.
   *
   * @param reference a case
   */
  void forget(ReportReference reference);

  /**
   * Excludes {@code exclusion.adviser()} from {@code exclusion.reference()}, unless they are
   * already excluded from it (the first exclusion stands).
   *
   * @param exclusion who is kept away from which case, by whom and when
   */
  void exclude(Exclusion exclusion);

  /** What lifting an exclusion came to. */
  enum Lifting {
    /** The exclusion was lifted: the adviser may work the case again. */
    LIFTED,
    /** The adviser was not excluded from the case; nothing changed. */
    NOT_EXCLUDED
  }

  /**
   * Lifts the exclusion of {@code adviser} from case {@code reference}, if there is one.
   *
   * @param reference a case
   * @param adviser a staff member
   * @return whether an exclusion was lifted
   */
  Lifting lift(ReportReference reference, StaffId adviser);

  /**
   * Whether {@code staff} is excluded from case {@code reference}.
   *
   * @param reference a case
   * @param staff a staff member
   * @return true if an exclusion keeps them away from it
   */
  boolean isExcluded(ReportReference reference, StaffId staff);

  /**
   * The exclusions from case {@code reference}.
   *
   * @param reference a case
   * @return its exclusions, oldest first (then by adviser id); empty if there are none
   */
  List<Exclusion> exclusions(ReportReference reference);
}

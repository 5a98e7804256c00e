package org.confide.adapter.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.confide.application.port.out.Teams;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.Exclusion;
import org.confide.domain.team.Routing;
import org.confide.domain.team.RoutingRule;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamId;
import org.jdbi.v3.core.Handle;

/**
 * {@link Teams} in the {@code teams}, {@code team_members}, {@code routing_rules}, {@code
 * routing_default}, {@code case_teams} and {@code case_exclusions} tables. A name taken is found by
 * the unique key on the name in lower case, read back as {@link Addition#NAME_TAKEN}; an adviser
 * excluded twice by the primary key of {@code case_exclusions}.
 *
 * <p>The routing read is kept for {@link JdbiSettings#CACHED_FOR}, as the settings are: a change
 * saved through this node is in force here at once, one saved through another node within that.
 */
public final class JdbiTeams implements Teams {

  private final JdbiTransactions transactions;
  // Every submission routes its report, and the routing changes only when an administrator saves
  // it.
  private final KeptCopy<Routing> routing;

  public JdbiTeams(JdbiTransactions transactions) {
    this(transactions, JdbiSettings.CACHED_FOR, System::nanoTime);
  }

  /**
   * The routing kept for {@code cachedFor} as measured by {@code nanoTime} (tests pass their own).
   */
  JdbiTeams(JdbiTransactions transactions, Duration cachedFor, LongSupplier nanoTime) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.routing = new KeptCopy<>(transactions, cachedFor, nanoTime, this::readRouting);
  }

  @Override
  public Addition add(Team team) {
    Objects.requireNonNull(team, "team must not be null");
    return transactions.inTransactionWithHandle(handle -> {
      int added =
          handle
              .createUpdate(
                  """
                  insert into teams (id, name, name_key) values (:id, :name, :key)
                  on conflict do nothing
                  """)
              .bind("id", team.id().toString())
              .bind("name", team.name())
              .bind("key", team.name().toLowerCase(Locale.ROOT))
              .execute();
      if (added == 0) {
        return Addition.NAME_TAKEN;
      }
      insertMembers(handle, team);
      return Addition.ADDED;
    });
  }

  @Override
  public Optional<Team> find(TeamId id) {
    Objects.requireNonNull(id, "id must not be null");
    return all().stream().filter(team -> team.id().equals(id)).findFirst();
  }

  @Override
  public List<Team> all() {
    return transactions.withHandle(handle -> {
      var names = new LinkedHashMap<String, String>();
      handle
          .createQuery("select id, name from teams order by name_key, id")
          .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("name")))
          .forEach(row -> names.put(row.getKey(), row.getValue()));
      var members = new LinkedHashMap<String, Set<StaffId>>();
      handle
          .createQuery("select team_id, staff_id from team_members")
          .map((rs, ctx) -> Map.entry(rs.getString("team_id"), rs.getString("staff_id")))
          .forEach(row ->
              members
                  .computeIfAbsent(row.getKey(), key -> new HashSet<>())
                  .add(StaffId.parse(row.getValue())));
      var teams = new ArrayList<Team>();
      names.forEach((id, name) ->
          teams.add(
              new Team(new TeamId(UUID.fromString(id)), name, members.getOrDefault(id, Set.of()))));
      return List.copyOf(teams);
    });
  }

  @Override
  public void replaceMembers(Team team) {
    Objects.requireNonNull(team, "team must not be null");
    transactions.inTransactionWithHandle(handle -> {
      int found =
          handle
              .createQuery("select count(*) from teams where id = :id")
              .bind("id", team.id().toString())
              .mapTo(Integer.class)
              .one();
      if (found == 0) {
        throw new IllegalArgumentException("no such team");
      }
      handle
          .createUpdate("delete from team_members where team_id = :id")
          .bind("id", team.id().toString())
          .execute();
      insertMembers(handle, team);
      return null;
    });
  }

  private static void insertMembers(Handle handle, Team team) {
    for (var member : team.members()) {
      handle
          .createUpdate("insert into team_members (team_id, staff_id) values (:team, :staff)")
          .bind("team", team.id().toString())
          .bind("staff", member.toString())
          .execute();
    }
  }

  @Override
  public Set<TeamId> teamsOf(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return transactions.withHandle(handle ->
        Set.copyOf(
            handle
                .createQuery("select team_id from team_members where staff_id = :staff")
                .bind("staff", staff.toString())
                .map((rs, ctx) -> new TeamId(UUID.fromString(rs.getString("team_id"))))
                .list()));
  }

  @Override
  public Routing routing() {
    return routing.get();
  }

  // One statement, the rules in order and then the default team (question_id null).
  private Routing readRouting() {
    return transactions.withHandle(handle -> {
      var rules = new ArrayList<RoutingRule>();
      var defaultTeam = new ArrayList<TeamId>();
      handle
          .createQuery(
              """
              select position, question_id, option_id, team_id from routing_rules
              union all
              select null, null, null, team_id from routing_default
              order by position nulls last\
              """)
          .map((rs, ctx) -> {
            var team = new TeamId(UUID.fromString(rs.getString("team_id")));
            if (rs.getString("question_id") == null) {
              defaultTeam.add(team);
            } else {
              rules.add(
                  new RoutingRule(
                      QuestionId.of(rs.getString("question_id")),
                      OptionId.of(rs.getString("option_id")),
                      team));
            }
            return team;
          })
          .list();
      return new Routing(rules, defaultTeam.stream().findFirst());
    });
  }

  @Override
  public void replaceRouting(Routing routing) {
    Objects.requireNonNull(routing, "routing must not be null");
    transactions.inTransactionWithHandle(handle -> {
      this.routing.changingUntilTheEnd();
      handle.createUpdate("delete from routing_rules").execute();
      handle.createUpdate("delete from routing_default").execute();
      int position = 0;
      for (var rule : routing.rules()) {
        handle
            .createUpdate(
                """
                insert into routing_rules (position, question_id, option_id, team_id)
                values (:position, :question, :option, :team)
                """)
            .bind("position", position++)
            .bind("question", rule.question().value())
            .bind("option", rule.option().value())
            .bind("team", rule.team().toString())
            .execute();
      }
      routing
          .defaultTeam()
          .ifPresent(team ->
              handle
                  .createUpdate(
                      "insert into routing_default (only_row, team_id) values (true, :team)")
                  .bind("team", team.toString())
                  .execute());
      return null;
    });
  }

  @Override
  public Optional<TeamId> teamOf(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery("select team_id from case_teams where report_reference = :reference")
            .bind("reference", reference.value())
            .map((rs, ctx) -> new TeamId(UUID.fromString(rs.getString("team_id"))))
            .findOne());
  }

  @Override
  public void place(ReportReference reference, TeamId team) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(team, "team must not be null");
    // Update, else insert, else update again: H2 has no "on conflict do update".
    transactions.inTransactionWithHandle(handle -> {
      if (move(handle, reference, team) == 0 && insert(handle, reference, team) == 0) {
        move(handle, reference, team);
      }
      return null;
    });
  }

  private static int move(Handle handle, ReportReference reference, TeamId team) {
    return handle
        .createUpdate("update case_teams set team_id = :team where report_reference = :reference")
        .bind("reference", reference.value())
        .bind("team", team.toString())
        .execute();
  }

  private static int insert(Handle handle, ReportReference reference, TeamId team) {
    return handle
        .createUpdate(
            """
            insert into case_teams (report_reference, team_id) values (:reference, :team)
            on conflict do nothing
            """)
        .bind("reference", reference.value())
        .bind("team", team.toString())
        .execute();
  }

  @Override
  public void forget(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from case_teams where report_reference = :reference")
            .bind("reference", reference.value())
            .execute());
    // Exclusions go with their report by the foreign key; a case erased but kept keeps none either.
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from case_exclusions where report_reference = :reference")
            .bind("reference", reference.value())
            .execute());
  }

  @Override
  public void exclude(Exclusion exclusion) {
    Objects.requireNonNull(exclusion, "exclusion must not be null");
    transactions.withHandle(handle ->
        handle
            .createUpdate(
                """
                insert into case_exclusions (report_reference, staff_id, excluded_by, excluded_at)
                values (:reference, :staff, :by, :at)
                on conflict do nothing
                """)
            .bind("reference", exclusion.reference().value())
            .bind("staff", exclusion.adviser().toString())
            .bind("by", exclusion.by().toString())
            .bind("at", exclusion.at().atOffset(ZoneOffset.UTC))
            .execute());
  }

  @Override
  public Lifting lift(ReportReference reference, StaffId adviser) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(adviser, "adviser must not be null");
    int removed =
        transactions.withHandle(handle ->
            handle
                .createUpdate(
                    """
                    delete from case_exclusions
                     where report_reference = :reference and staff_id = :staff
                    """)
                .bind("reference", reference.value())
                .bind("staff", adviser.toString())
                .execute());
    return removed == 0 ? Lifting.NOT_EXCLUDED : Lifting.LIFTED;
  }

  @Override
  public boolean isExcluded(ReportReference reference, StaffId staff) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(staff, "staff must not be null");
    return transactions.withHandle(handle ->
        handle
                .createQuery(
                    """
                    select count(*) from case_exclusions
                     where report_reference = :reference and staff_id = :staff
                    """)
                .bind("reference", reference.value())
                .bind("staff", staff.toString())
                .mapTo(Integer.class)
                .one()
            > 0);
  }

  @Override
  public List<Exclusion> exclusions(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select staff_id, excluded_by, excluded_at from case_exclusions
                 where report_reference = :reference
                 order by excluded_at, staff_id
                """)
            .bind("reference", reference.value())
            .map((rs, ctx) ->
                new Exclusion(
                    reference,
                    StaffId.parse(rs.getString("staff_id")),
                    StaffId.parse(rs.getString("excluded_by")),
                    rs.getObject("excluded_at", OffsetDateTime.class).toInstant()))
            .list());
  }
}

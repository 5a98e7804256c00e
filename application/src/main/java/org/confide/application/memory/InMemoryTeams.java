package org.confide.application.memory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.out.Teams;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.confide.domain.team.Exclusion;
import org.confide.domain.team.Routing;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamId;

/** {@link Teams} in memory: no team, no routing and no case in a team, until some are saved. */
public final class InMemoryTeams implements Teams {

  private static final String ROUTING = "routing";

  private final InMemoryStore<TeamId, Team> teams;
  private final InMemoryStore<String, Routing> routing;
  private final InMemoryStore<ReportReference, TeamId> cases;
  private final InMemoryStore<ReportReference, List<Exclusion>> exclusions;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemoryTeams(InMemoryTransactions transactions) {
    this.teams = new InMemoryStore<>(transactions);
    this.routing = new InMemoryStore<>(transactions);
    this.cases = new InMemoryStore<>(transactions);
    this.exclusions = new InMemoryStore<>(transactions);
  }

  @Override
  public Addition add(Team team) {
    Objects.requireNonNull(team, "team must not be null");
    return teams.atomically(() -> {
      var key = team.name().toLowerCase(Locale.ROOT);
      boolean taken =
          teams.read(map ->
              map.values().stream().anyMatch(t -> t.name().toLowerCase(Locale.ROOT).equals(key)));
      if (taken || teams.contains(team.id())) {
        return Addition.NAME_TAKEN;
      }
      teams.put(team.id(), team);
      return Addition.ADDED;
    });
  }

  @Override
  public Optional<Team> find(TeamId id) {
    return teams.get(Objects.requireNonNull(id, "id must not be null"));
  }

  @Override
  public List<Team> all() {
    return teams.read(map ->
        map.values().stream()
            .sorted(
                Comparator.comparing((Team t) -> t.name().toLowerCase(Locale.ROOT))
                    .thenComparing(t -> t.id().toString()))
            .toList());
  }

  @Override
  public void replaceMembers(Team team) {
    Objects.requireNonNull(team, "team must not be null");
    teams.atomically(() -> {
      var saved =
          teams.get(team.id()).orElseThrow(() -> new IllegalArgumentException("no such team"));
      teams.put(team.id(), saved.withMembers(team.members()));
      return null;
    });
  }

  @Override
  public Set<TeamId> teamsOf(StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return teams.read(map -> {
      var of = new HashSet<TeamId>();
      map.values().stream().filter(team -> team.has(staff)).forEach(team -> of.add(team.id()));
      return Set.copyOf(of);
    });
  }

  @Override
  public Routing routing() {
    return routing.get(ROUTING).orElse(Routing.none());
  }

  @Override
  public void replaceRouting(Routing routing) {
    this.routing.put(ROUTING, Objects.requireNonNull(routing, "routing must not be null"));
  }

  @Override
  public Optional<TeamId> teamOf(ReportReference reference) {
    return cases.get(Objects.requireNonNull(reference, "reference must not be null"));
  }

  @Override
  public void place(ReportReference reference, TeamId team) {
    cases.put(
        Objects.requireNonNull(reference, "reference must not be null"),
        Objects.requireNonNull(team, "team must not be null"));
  }

  @Override
  public void forget(ReportReference reference) {
    cases.remove(Objects.requireNonNull(reference, "reference must not be null"));
    exclusions.remove(reference);
  }

  @Override
  public void exclude(Exclusion exclusion) {
    Objects.requireNonNull(exclusion, "exclusion must not be null");
    exclusions.atomically(() -> {
      var reference = exclusion.reference();
      if (!isExcluded(reference, exclusion.adviser())) {
        var all = new java.util.ArrayList<>(exclusions(reference));
        all.add(exclusion);
        all.sort(
            Comparator.comparing(Exclusion::at).thenComparing(e -> e.adviser().value().toString()));
        exclusions.put(reference, List.copyOf(all));
      }
      return null;
    });
  }

  @Override
  public Lifting lift(ReportReference reference, StaffId adviser) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(adviser, "adviser must not be null");
    return exclusions.atomically(() -> {
      var all = exclusions(reference);
      var kept = all.stream().filter(e -> !e.adviser().equals(adviser)).toList();
      if (kept.size() == all.size()) {
        return Lifting.NOT_EXCLUDED;
      }
      exclusions.put(reference, kept);
      return Lifting.LIFTED;
    });
  }

  @Override
  public boolean isExcluded(ReportReference reference, StaffId staff) {
    Objects.requireNonNull(staff, "staff must not be null");
    return exclusions(reference).stream().anyMatch(e -> e.adviser().equals(staff));
  }

  @Override
  public List<Exclusion> exclusions(ReportReference reference) {
    return exclusions
        .get(Objects.requireNonNull(reference, "reference must not be null"))
        .orElse(List.of());
  }
}

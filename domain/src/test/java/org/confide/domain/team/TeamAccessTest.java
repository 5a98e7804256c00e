package org.confide.domain.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.PasswordHash;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

class TeamAccessTest {

  private static final Random RANDOM = new Random(3);
  private static final StaffId ME = StaffId.generate(RANDOM);

  private static StaffMember member(Role role) {
    return StaffMember.reconstitute(
        ME,
        EmailAddress.of("adviser@example.ac.uk"),
        "Sam Adviser",
        Set.of(role),
        new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"),
        true);
  }

  private final TeamId support = TeamId.generate(RANDOM);
  private final TeamId hr = TeamId.generate(RANDOM);

  @Test
  void an_adviser_reads_cases_of_their_teams_and_of_no_team() {
    var adviser = member(Role.ADVISER);

    assertThat(
            TeamAccess.mayRead(
                adviser, Optional.empty(), false, Optional.of(support), Set.of(support)))
        .isTrue();
    assertThat(TeamAccess.mayRead(adviser, Optional.empty(), false, Optional.empty(), Set.of()))
        .isTrue();
  }

  @Test
  void an_adviser_never_reads_another_teams_case_unless_it_is_assigned_to_them() {
    var adviser = member(Role.ADVISER);

    assertThat(
            TeamAccess.mayRead(adviser, Optional.empty(), true, Optional.of(hr), Set.of(support)))
        .isFalse();
    assertThat(
            TeamAccess.mayRead(adviser, Optional.of(ME), false, Optional.of(hr), Set.of(support)))
        .isTrue();
  }

  @Test
  void a_safeguarding_lead_reads_every_teams_cases() {
    var lead = member(Role.SAFEGUARDING_LEAD);

    assertThat(TeamAccess.mayRead(lead, Optional.empty(), false, Optional.of(hr), Set.of()))
        .isTrue();
  }

  @Test
  void
      the_cases_of_a_team_are_worked_by_its_members_and_the_leads_and_of_no_team_by_every_adviser() {
    var adviser = member(Role.ADVISER);
    var lead = member(Role.SAFEGUARDING_LEAD);

    assertThat(TeamAccess.mayWorkCasesOf(adviser, Optional.of(support), Set.of(support))).isTrue();
    assertThat(TeamAccess.mayWorkCasesOf(adviser, Optional.of(hr), Set.of(support))).isFalse();
    assertThat(TeamAccess.mayWorkCasesOf(adviser, Optional.empty(), Set.of())).isTrue();
    assertThat(TeamAccess.mayWorkCasesOf(lead, Optional.of(hr), Set.of())).isTrue();
  }
}

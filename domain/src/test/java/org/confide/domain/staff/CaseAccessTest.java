package org.confide.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseAccessTest {

  private static final Random RANDOM = new Random(3);
  private static final StaffId ME = StaffId.generate(RANDOM);
  private static final StaffId SOMEONE_ELSE = StaffId.generate(RANDOM);

  private static StaffMember member(Role role) {
    return AStaffMember.withRoles(role).withId(ME).build();
  }

  @Nested
  class Adviser {

    private final StaffMember adviser = member(Role.ADVISER);

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void reads_an_unassigned_case(boolean escalated) {
      assertThat(CaseAccess.mayRead(adviser, Optional.empty(), escalated)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void reads_their_own_case(boolean escalated) {
      assertThat(CaseAccess.mayRead(adviser, Optional.of(ME), escalated)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void never_reads_another_advisers_case_even_when_escalated(boolean escalated) {
      assertThat(CaseAccess.mayRead(adviser, Optional.of(SOMEONE_ELSE), escalated)).isFalse();
    }

    @Test
    void may_be_assigned() {
      assertThat(CaseAccess.mayBeAssigned(adviser)).isTrue();
    }
  }

  @Nested
  class SafeguardingLead {

    private final StaffMember lead = member(Role.SAFEGUARDING_LEAD);

    @Test
    void reads_unassigned_and_own_cases() {
      assertThat(CaseAccess.mayRead(lead, Optional.empty(), false)).isTrue();
      assertThat(CaseAccess.mayRead(lead, Optional.of(ME), false)).isTrue();
    }

    @Test
    void reads_another_advisers_case_only_when_it_is_escalated() {
      assertThat(CaseAccess.mayRead(lead, Optional.of(SOMEONE_ELSE), true)).isTrue();
      assertThat(CaseAccess.mayRead(lead, Optional.of(SOMEONE_ELSE), false)).isFalse();
    }

    @Test
    void may_be_assigned() {
      assertThat(CaseAccess.mayBeAssigned(lead)).isTrue();
    }
  }

  @Nested
  class AnalystAndAdministrator {

    @ParameterizedTest
    @ValueSource(strings = {"ANALYST", "ADMIN"})
    void never_read_any_case(Role role) {
      var member = member(role);

      for (var escalated : new boolean[] {false, true}) {
        assertThat(CaseAccess.mayRead(member, Optional.empty(), escalated)).isFalse();
        assertThat(CaseAccess.mayRead(member, Optional.of(ME), escalated)).isFalse();
        assertThat(CaseAccess.mayRead(member, Optional.of(SOMEONE_ELSE), escalated)).isFalse();
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANALYST", "ADMIN"})
    void may_not_be_assigned(Role role) {
      assertThat(CaseAccess.mayBeAssigned(member(role))).isFalse();
    }
  }

  @Nested
  class InactiveMembers {

    @ParameterizedTest
    @ValueSource(strings = {"ADVISER", "SAFEGUARDING_LEAD"})
    void read_nothing_and_may_not_be_assigned(Role role) {
      var member = AStaffMember.withRoles(role).withId(ME).inactive().build();

      assertThat(CaseAccess.mayRead(member, Optional.empty(), true)).isFalse();
      assertThat(CaseAccess.mayRead(member, Optional.of(ME), true)).isFalse();
      assertThat(CaseAccess.mayRead(member, Optional.of(SOMEONE_ELSE), true)).isFalse();
      assertThat(CaseAccess.mayBeAssigned(member)).isFalse();
    }
  }
}

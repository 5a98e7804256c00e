package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.confide.testing.TestStaff.anAdviser;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.staff.Role;
import org.confide.domain.team.Routing;
import org.confide.domain.team.Team;
import org.confide.domain.team.TeamId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the Jdbi adapters keep in memory for the reads every submission makes, with two adapters on
 * one database standing for two nodes: a node sees its own saves of the settings, the routing and
 * the accounts at once and another node's within {@link JdbiSettings#CACHED_FOR}; questionnaire
 * versions, which never change, are found on every node and the newest is always the stored newest.
 */
class KeptCopiesTest {

  private static final Duration KEPT = JdbiSettings.CACHED_FOR;

  private final Database database = TestDatabases.h2();
  private final AtomicLong nanos = new AtomicLong();
  private final JdbiSettings here = new JdbiSettings(database.transactions(), KEPT, nanos::get);
  private final JdbiSettings elsewhere =
      new JdbiSettings(database.transactions(), KEPT, nanos::get);

  @AfterEach
  void close() {
    database.close();
  }

  @Nested
  class Settings {

    @Test
    void a_save_is_seen_at_once_by_the_node_that_saved() {
      assertThat(here.current()).isEqualTo(ServiceSettings.defaults());

      here.save(longerRetention());

      assertThat(here.current()).isEqualTo(longerRetention());
    }

    @Test
    void a_save_on_another_node_is_seen_once_the_kept_copy_is_older_than_the_limit() {
      assertThat(elsewhere.current()).isEqualTo(ServiceSettings.defaults());

      here.save(longerRetention());
      nanos.addAndGet(KEPT.toNanos() - 1);
      var stillKept = elsewhere.current();
      nanos.addAndGet(1);

      assertThat(stillKept).isEqualTo(ServiceSettings.defaults());
      assertThat(elsewhere.current()).isEqualTo(longerRetention());
    }

    @Test
    void the_saving_transaction_reads_its_own_save_and_a_rollback_leaves_the_stored_settings() {
      assertThat(here.current()).isEqualTo(ServiceSettings.defaults());

      assertThatThrownBy(() ->
              database
                  .transactions()
                  .inTransaction(() -> {
                    here.save(longerRetention());
                    assertThat(here.current()).isEqualTo(longerRetention());
                    throw new IllegalStateException("rolled back on purpose");
                  }))
          .hasMessage("rolled back on purpose");

      assertThat(here.current()).isEqualTo(ServiceSettings.defaults());
    }

    @Test
    void settings_read_while_another_transaction_saves_are_not_kept_past_its_end() {
      database
          .transactions()
          .inTransaction(() -> {
            here.save(longerRetention());
            // Another thread of this node reads the settings committed so far: the old ones.
            var seenMeanwhile = new ServiceSettings[1];
            var reader = Thread.ofVirtual().start(() -> seenMeanwhile[0] = here.current());
            join(reader);
            assertThat(seenMeanwhile[0]).isEqualTo(ServiceSettings.defaults());
            return null;
          });

      assertThat(here.current()).isEqualTo(longerRetention());
    }
  }

  @Nested
  class TheRouting {

    private final JdbiTeams here = new JdbiTeams(database.transactions(), KEPT, nanos::get);
    private final JdbiTeams elsewhere = new JdbiTeams(database.transactions(), KEPT, nanos::get);

    @Test
    void a_routing_saved_is_in_force_at_once_on_its_node_and_elsewhere_once_the_copy_is_old() {
      var support = new Team(TeamId.generate(new Random(7)), "Student Support", Set.of());
      here.add(support);
      assertThat(here.routing()).isEqualTo(Routing.none());
      assertThat(elsewhere.routing()).isEqualTo(Routing.none());

      var routing = new Routing(List.of(), Optional.of(support.id()));
      here.replaceRouting(routing);
      nanos.addAndGet(KEPT.toNanos() - 1);
      var stillKept = elsewhere.routing();
      nanos.addAndGet(1);

      assertThat(here.routing()).isEqualTo(routing);
      assertThat(stillKept).isEqualTo(Routing.none());
      assertThat(elsewhere.routing()).isEqualTo(routing);
    }
  }

  @Nested
  class WhoIsTold {

    private final JdbiStaffDirectory here =
        new JdbiStaffDirectory(database.transactions(), KEPT, nanos::get);
    private final JdbiStaffDirectory elsewhere =
        new JdbiStaffDirectory(database.transactions(), KEPT, nanos::get);

    @Test
    void a_deactivation_is_seen_at_once_on_its_node_and_elsewhere_once_the_copy_is_old() {
      var adviser = anAdviser().withEmail("alex@example.ac.uk").build();
      here.add(adviser);
      assertThat(elsewhere.activeHolders(Role.ADVISER)).containsExactly(adviser);

      here.update(adviser.deactivate());
      nanos.addAndGet(KEPT.toNanos() - 1);
      var stillKept = elsewhere.activeHolders(Role.ADVISER);
      nanos.addAndGet(1);

      assertThat(here.activeHolders(Role.ADVISER)).isEmpty();
      assertThat(stillKept).containsExactly(adviser);
      assertThat(elsewhere.activeHolders(Role.ADVISER)).isEmpty();
    }
  }

  @Nested
  class QuestionnaireVersions {

    @Test
    void a_version_put_in_use_on_one_node_is_current_and_found_on_the_other_at_once() {
      var first = new JdbiQuestionnaires(database.transactions());
      var second = new JdbiQuestionnaires(database.transactions());
      assertThat(second.current().version()).isEqualTo(QuestionnaireVersion.of(2));
      assertThat(second.find(QuestionnaireVersion.of(3))).isEmpty();

      first.add(versionThree(), java.time.Instant.parse("2026-03-02T10:00:00Z"));
      assertThat(second.find(QuestionnaireVersion.of(3))).contains(versionThree());
      assertThat(second.current().version()).isEqualTo(QuestionnaireVersion.of(2));
      first.use(QuestionnaireVersion.of(3));

      assertThat(second.current().version()).isEqualTo(QuestionnaireVersion.of(3));
      assertThat(second.find(QuestionnaireVersion.of(3))).contains(versionThree());
    }
  }

  private static ServiceSettings longerRetention() {
    var defaults = ServiceSettings.defaults();
    return new ServiceSettings(
        defaults.calendar(),
        defaults.serviceLevel(),
        new org.confide.domain.safeguarding.EmergencyContacts(
            List.of(org.confide.domain.safeguarding.EmergencyContacts.national().getFirst())),
        Period.ofYears(7));
  }

  private static Questionnaire versionThree() {
    return Questionnaire.of(
        QuestionnaireVersion.of(3), DefaultQuestionnaire.standard().questions());
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestStaff.anAdviser;

import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.StaffDirectory.AddOutcome;
import org.confide.testing.contract.StaffDirectoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@link StaffDirectoryContract} run against {@link JdbiStaffDirectory} on PostgreSQL. */
@NeedsPostgres
class PostgresStaffDirectoryTest extends StaffDirectoryContract {

  private Database database;
  private StaffDirectory staff;

  @BeforeEach
  void emptyDatabase() {
    database = TestDatabases.postgres();
    staff = new JdbiStaffDirectory(database.transactions());
  }

  @Override
  protected StaffDirectory staff() {
    return staff;
  }

  @Nested
  class InsideATransaction {

    // A unique violation would abort a PostgreSQL transaction, failing every later statement.
    @Test
    void a_taken_email_address_leaves_the_running_transaction_usable() {
      var alex = anAdviser().withEmail("alex@example.ac.uk").build();
      var other = anAdviser().build();

      database
          .transactions()
          .inTransaction(() -> {
            assertThat(staff.add(alex)).isEqualTo(AddOutcome.ADDED);
            assertThat(staff.add(anAdviser().withEmail("alex@example.ac.uk").build()))
                .isEqualTo(AddOutcome.EMAIL_TAKEN);
            assertThat(staff.add(other)).isEqualTo(AddOutcome.ADDED);
            return null;
          });

      assertThat(staff.all()).containsExactlyInAnyOrder(alex, other);
    }
  }
}

package org.confide.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.persistence.NeedsPostgres;
import org.junit.jupiter.api.Test;

/**
 * {@link NotificationsEndToEnd} on PostgreSQL, and two nodes sharing its outbox: each email is sent
 * once, by whichever node holds the sending job's lease. Skipped without a test database, except in
 * CI.
 */
@NeedsPostgres
class PostgresNotificationsEndToEndTest extends NotificationsEndToEnd {

  @Override
  Map<String, String> store(Path directory) {
    return TestStores.postgres();
  }

  @Test
  void two_nodes_sharing_the_outbox_send_each_email_once() {
    var a = start();
    var b = start();
    var signIn = new StaffSignIn(a.port(), clock);
    var admin = signIn.logIn(Staff.ADMIN, Staff.PASSWORD);
    create(new Http(a.port()), admin, ADVISER, "ADVISER");
    signIn.logIn(ADVISER, Staff.PASSWORD);

    for (int i = 0; i < 20; i++) {
      var node = new Http((i % 2 == 0 ? a : b).port());
      assertThat(
              node.post("/api/v1/reports", Optional.empty(), Reporters.body("Report " + i))
                  .status())
          .isEqualTo(201);
    }

    var counts = settled(a);
    var received = Arrays.asList(mail.getReceivedMessages());
    // The two sign-ins' recovery codes, and the twenty reports told to the one adviser.
    assertThat(counts.sent()).isEqualTo(22);
    assertThat(received).hasSize(22);
    assertThat(received.stream().map(Mails::messageId).distinct()).hasSize(22);
  }
}

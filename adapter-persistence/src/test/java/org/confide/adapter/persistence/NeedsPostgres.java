package org.confide.adapter.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.confide.testing.Prerequisite;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a suite (or one test) that needs the PostgreSQL test database named by {@code
 * CONFIDE_TEST_POSTGRES_URL}: without it the suite is skipped with one message, except under {@code
 * CI=true}, where it fails (see {@link Prerequisite}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsPostgres.Condition.class)
public @interface NeedsPostgres {

  /** Present when {@code CONFIDE_TEST_POSTGRES_URL} is set. */
  final class Condition extends Prerequisite {
    @Override
    protected Optional<String> missing() {
      return TestDatabases.postgresUrl().isPresent()
          ? Optional.empty()
          : Optional.of(
              TestDatabases.POSTGRES_URL
                  + " is not set: it names a PostgreSQL database the tests may empty (see README)");
    }
  }
}

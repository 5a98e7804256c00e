package org.confide.adapter.persistence;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.jdbi.v3.core.Handle;

/**
 * {@link Questionnaires} in the {@code questionnaires} table, each version kept in the JSON form of
 * {@link QuestionnaireJson}; the shipped default is stored as version 1 when the adapter starts.
 *
 * <p>A stored version never changes (a second add of it is refused), so each version is read and
 * parsed once and then kept in memory: every node holds the same, and only which version is newest
 * is asked of the database each time.
 */
public final class JdbiQuestionnaires implements Questionnaires {

  private final JdbiTransactions transactions;
  private final ConcurrentMap<Integer, Questionnaire> parsed = new ConcurrentHashMap<>();

  /** Stores the shipped default as version 1 unless a version 1 is there already. */
  public JdbiQuestionnaires(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    // Seeded here rather than by a migration so the JSON is written from the one shipped default,
    // and "on conflict do nothing" lets several nodes start at once.
    transactions.withHandle(handle -> insert(handle, DefaultQuestionnaire.standard()));
  }

  @Override
  public Questionnaire current() {
    var newest =
        transactions
            .withHandle(handle ->
                handle
                    .createQuery("select max(version) from questionnaires")
                    .mapTo(Integer.class)
                    .findOne())
            .orElseThrow(() -> new IllegalStateException("no questionnaire is stored"));
    return find(QuestionnaireVersion.of(newest))
        .orElseThrow(() -> new IllegalStateException("questionnaire " + newest + " went away"));
  }

  @Override
  public Optional<Questionnaire> find(QuestionnaireVersion version) {
    Objects.requireNonNull(version, "version must not be null");
    var known = parsed.get(version.value());
    if (known != null) {
      return Optional.of(known);
    }
    // Only what is stored is kept: a version not there yet may be added by another node later.
    var stored =
        transactions.withHandle(handle ->
            handle
                .createQuery("select definition from questionnaires where version = :version")
                .bind("version", version.value())
                .mapTo(String.class)
                .findOne()
                .map(definition -> read(version.value(), definition)));
    stored.ifPresent(questionnaire -> parsed.putIfAbsent(version.value(), questionnaire));
    return stored;
  }

  @Override
  public AddOutcome add(Questionnaire questionnaire) {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    return transactions.withHandle(handle -> insert(handle, questionnaire)) == 1
        ? AddOutcome.ADDED
        : AddOutcome.VERSION_TAKEN;
  }

  private static int insert(Handle handle, Questionnaire questionnaire) {
    return handle
        .createUpdate(
            """
            insert into questionnaires (version, definition) values (:version, :definition)
            on conflict do nothing
            """)
        .bind("version", questionnaire.version().value())
        .bind("definition", QuestionnaireJson.write(questionnaire))
        .execute();
  }

  private static Questionnaire read(int version, String definition) {
    var questionnaire =
        switch (QuestionnaireJson.parse(definition)) {
          case QuestionnaireJson.Parsed parsed -> parsed.questionnaire();
          case QuestionnaireJson.Rejected rejected ->
              throw new IllegalStateException(
                  "stored questionnaire version " + version + " is broken: " + rejected.problems());
        };
    if (questionnaire.version().value() != version) {
      throw new IllegalStateException(
          "stored questionnaire version " + version + " says it is " + questionnaire.version());
    }
    return questionnaire;
  }
}

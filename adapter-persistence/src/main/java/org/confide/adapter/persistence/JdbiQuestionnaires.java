package org.confide.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.confide.application.port.out.Questionnaires;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.jdbi.v3.core.Handle;

/**
 * {@link Questionnaires} in the {@code questionnaires} table, each version kept in the JSON form of
 * {@link QuestionnaireJson}, and the one in use in the one row of {@code questionnaire_in_use}; the
 * shipped default's versions 1 and 2 are stored, version 2 in use, when the adapter starts on an
 * empty database, and a database holding only the shipped version 1 is moved to version 2.
 *
 * <p>A stored version never changes (a second add of it is refused), so each version is read and
 * parsed once and then kept in memory: every node holds the same, and only which version is in use
 * is asked of the database each time.
 */
public final class JdbiQuestionnaires implements Questionnaires {

  private final JdbiTransactions transactions;
  private final ConcurrentMap<Integer, Questionnaire> parsed = new ConcurrentHashMap<>();
  // A version once in use stays answerable, so what is known here is never wrong; a version not
  // known to be used is asked of the database, which another node may have changed.
  private final Set<Integer> used = ConcurrentHashMap.newKeySet();

  /**
   * Stores the shipped default's version 1, in use, unless a version is in use already, then moves
   * a database that holds nothing but that version 1, unchanged and in use, to the shipped version
   * 2; an organisation that has added a version of its own keeps what it has.
   */
  public JdbiQuestionnaires(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    // Seeded here rather than by a migration so the JSON is written from the one shipped default,
    // and "on conflict do nothing" lets several nodes start at once.
    transactions.inTransactionWithHandle(handle -> {
      insert(handle, DefaultQuestionnaire.first(), null);
      handle.createUpdate("update questionnaires set used = true where version = 1").execute();
      handle
          .createUpdate(
              """
              insert into questionnaire_in_use (only_row, version) values ('x', 1)
              on conflict do nothing
              """)
          .execute();
      return onlyTheFirstUnchanged(handle) ? upgrade(handle) : 0;
    });
  }

  // The shipped version 1 is the only version, in use, as shipped: no one has written a version
  // of their own (added or published over HTTP), so the shipped version 2 may take its place.
  private static boolean onlyTheFirstUnchanged(Handle handle) {
    var stored =
        handle
            .createQuery(
                """
                select q.version, q.definition, u.version as in_use
                from questionnaires q cross join questionnaire_in_use u
                """)
            .map((rs, ctx) ->
                rs.getInt("version") == 1
                    && rs.getInt("in_use") == 1
                    && read(1, rs.getString("definition")).equals(DefaultQuestionnaire.first()))
            .list();
    return stored.equals(List.of(true));
  }

  private static int upgrade(Handle handle) {
    var shipped = DefaultQuestionnaire.standard();
    insert(handle, shipped, null);
    handle
        .createUpdate("update questionnaires set used = true where version = :version")
        .bind("version", shipped.version().value())
        .execute();
    return handle
        .createUpdate(
            "update questionnaire_in_use set version = :version where only_row = 'x' and version = 1")
        .bind("version", shipped.version().value())
        .execute();
  }

  @Override
  public Questionnaire current() {
    var inUse =
        transactions
            .withHandle(handle ->
                handle
                    .createQuery("select version from questionnaire_in_use where only_row = 'x'")
                    .mapTo(Integer.class)
                    .findOne())
            .orElseThrow(() -> new IllegalStateException("no questionnaire is in use"));
    return find(QuestionnaireVersion.of(inUse))
        .orElseThrow(() -> new IllegalStateException("questionnaire " + inUse + " went away"));
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
  public Optional<Questionnaire> answerable(QuestionnaireVersion version) {
    Objects.requireNonNull(version, "version must not be null");
    if (!used.contains(version.value())) {
      var stored =
          transactions.withHandle(handle ->
              handle
                  .createQuery("select used from questionnaires where version = :version")
                  .bind("version", version.value())
                  .mapTo(Boolean.class)
                  .findOne());
      if (stored.isEmpty() || !stored.get()) {
        return Optional.empty();
      }
      used.add(version.value());
    }
    return find(version);
  }

  @Override
  public List<Kept> versions() {
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                """
                select q.version, q.created_at, q.signals_confirmed_at,
                       q.version = u.version as in_use
                from questionnaires q cross join questionnaire_in_use u
                order by q.version
                """)
            .map((rs, ctx) ->
                new Kept(
                    QuestionnaireVersion.of(rs.getInt("version")),
                    instant(rs.getObject("created_at", OffsetDateTime.class)),
                    rs.getBoolean("in_use"),
                    instant(rs.getObject("signals_confirmed_at", OffsetDateTime.class))))
            .list());
  }

  @Override
  public AddOutcome add(Questionnaire questionnaire, Instant created) {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Objects.requireNonNull(created, "created must not be null");
    return transactions.withHandle(handle -> insert(handle, questionnaire, created)) == 1
        ? AddOutcome.ADDED
        : AddOutcome.VERSION_TAKEN;
  }

  @Override
  public ChangeOutcome use(QuestionnaireVersion version) {
    Objects.requireNonNull(version, "version must not be null");
    return transactions.inTransactionWithHandle(handle -> {
      var marked =
          handle
              .createUpdate("update questionnaires set used = true where version = :version")
              .bind("version", version.value())
              .execute();
      if (marked == 0) {
        return ChangeOutcome.NO_SUCH_VERSION;
      }
      handle
          .createUpdate("update questionnaire_in_use set version = :version where only_row = 'x'")
          .bind("version", version.value())
          .execute();
      return ChangeOutcome.CHANGED;
    });
  }

  @Override
  public ChangeOutcome confirmSignals(QuestionnaireVersion version, Instant at) {
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(at, "at must not be null");
    return changed(
        transactions.withHandle(handle ->
            handle
                .createUpdate(
                    """
                    update questionnaires
                    set signals_confirmed_at = coalesce(signals_confirmed_at, :at)
                    where version = :version
                    """)
                .bind("version", version.value())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute()));
  }

  @Override
  public Optional<Questionnaire> draft() {
    return transactions.withHandle(handle ->
        handle
            .createQuery("select definition from questionnaire_draft where only_row = 'x'")
            .mapTo(String.class)
            .findOne()
            .map(definition -> parsed(definition, "the questionnaire draft")));
  }

  @Override
  public void saveDraft(Questionnaire draft) {
    Objects.requireNonNull(draft, "draft must not be null");
    transactions.inTransactionWithHandle(handle -> {
      handle.createUpdate("delete from questionnaire_draft").execute();
      return handle
          .createUpdate(
              "insert into questionnaire_draft (only_row, definition) values ('x', :definition)")
          .bind("definition", QuestionnaireJson.write(draft))
          .execute();
    });
  }

  @Override
  public void discardDraft() {
    transactions.withHandle(
        handle -> handle.createUpdate("delete from questionnaire_draft").execute());
  }

  private static Questionnaire parsed(String definition, String what) {
    return switch (QuestionnaireJson.parse(definition)) {
      case QuestionnaireJson.Parsed parsed -> parsed.questionnaire();
      case QuestionnaireJson.Rejected rejected ->
          throw new IllegalStateException("stored " + what + " is broken: " + rejected.problems());
    };
  }

  private static ChangeOutcome changed(int rows) {
    return rows == 1 ? ChangeOutcome.CHANGED : ChangeOutcome.NO_SUCH_VERSION;
  }

  private static Optional<Instant> instant(OffsetDateTime time) {
    return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
  }

  private static int insert(Handle handle, Questionnaire questionnaire, Instant created) {
    return handle
        .createUpdate(
            """
            insert into questionnaires (version, definition, created_at)
            values (:version, :definition, :created)
            on conflict do nothing
            """)
        .bind("version", questionnaire.version().value())
        .bind("definition", QuestionnaireJson.write(questionnaire))
        .bindByType(
            "created",
            created == null ? null : created.atOffset(ZoneOffset.UTC),
            OffsetDateTime.class)
        .execute();
  }

  private static Questionnaire read(int version, String definition) {
    var questionnaire = parsed(definition, "questionnaire version " + version);
    if (questionnaire.version().value() != version) {
      throw new IllegalStateException(
          "stored questionnaire version " + version + " says it is " + questionnaire.version());
    }
    return questionnaire;
  }
}

package org.confide.adapter.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.out.Outcomes;
import org.confide.domain.outcome.CaseOutcome;
import org.confide.domain.outcome.Choice;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.confide.domain.shared.ReportReference;

/**
 * {@link Outcomes} in the {@code closing_lists}, {@code closing_choices}, {@code case_outcomes} and
 * {@code case_tags} tables (migration 29), and {@code closing_choice_labels} (migration 37) for a
 * label written in languages: a plain label is {@code closing_choices.label} alone. Labels are the
 * administrator's words, not report content, so nothing here is sealed.
 */
public final class JdbiOutcomes implements Outcomes {

  private final JdbiTransactions transactions;

  public JdbiOutcomes(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public Optional<Choices> saved(ChoiceList list) {
    Objects.requireNonNull(list, "list must not be null");
    return transactions.withHandle(handle -> {
      boolean saved =
          handle
                  .createQuery("select count(*) from closing_lists where list_name = :list")
                  .bind("list", list.name())
                  .mapTo(Integer.class)
                  .one()
              > 0;
      if (!saved) {
        return Optional.<Choices>empty();
      }
      var byLanguage = new HashMap<String, Map<Language, String>>();
      handle
          .createQuery(
              """
              select choice_key, language, label from closing_choice_labels
               where list_name = :list order by choice_key, position
              """)
          .bind("list", list.name())
          .map((rs, ctx) ->
              new LabelRow(
                  rs.getString("choice_key"), rs.getString("language"), rs.getString("label")))
          .forEach(row ->
              byLanguage
                  .computeIfAbsent(row.key(), key -> new LinkedHashMap<>())
                  .put(new Language(row.language()), row.label()));
      var entries =
          handle
              .createQuery(
                  """
                  select choice_key, label, retired from closing_choices
                   where list_name = :list order by position
                  """)
              .bind("list", list.name())
              .map((rs, ctx) -> {
                var key = rs.getString("choice_key");
                var named = byLanguage.get(key);
                return new Choice(
                    new ChoiceKey(key),
                    named != null ? OwnText.of(named) : OwnText.of(rs.getString("label")),
                    rs.getBoolean("retired"));
              })
              .list();
      return Optional.of(Choices.of(entries));
    });
  }

  /** One label of an entry in one language, as stored. */
  private record LabelRow(String key, String language, String label) {}

  @Override
  public void replace(ChoiceList list, Choices choices) {
    Objects.requireNonNull(list, "list must not be null");
    Objects.requireNonNull(choices, "choices must not be null");
    transactions.inTransactionWithHandle(handle -> {
      handle
          .createUpdate(
              "insert into closing_lists (list_name) values (:list) on conflict do nothing")
          .bind("list", list.name())
          .execute();
      handle
          .createUpdate("delete from closing_choices where list_name = :list")
          .bind("list", list.name())
          .execute();
      var batch =
          handle.prepareBatch(
              """
              insert into closing_choices (list_name, choice_key, label, position, retired)
              values (:list, :key, :label, :position, :retired)
              """);
      var labels =
          handle.prepareBatch(
              """
              insert into closing_choice_labels (list_name, choice_key, language, position, label)
              values (:list, :key, :language, :position, :label)
              """);
      int position = 0;
      int named = 0;
      for (var choice : choices.all()) {
        batch
            .bind("list", list.name())
            .bind("key", choice.key().value())
            .bind("label", choice.label().first())
            .bind("position", position++)
            .bind("retired", choice.retired())
            .add();
        int order = 0;
        for (var text : choice.label().texts().entrySet()) {
          labels
              .bind("list", list.name())
              .bind("key", choice.key().value())
              .bind("language", text.getKey().tag())
              .bind("position", order++)
              .bind("label", text.getValue())
              .add();
          named++;
        }
      }
      if (position > 0) {
        batch.execute();
      }
      if (named > 0) {
        labels.execute();
      }
      return null;
    });
  }

  @Override
  public Set<ChoiceKey> inUse(ChoiceList list) {
    Objects.requireNonNull(list, "list must not be null");
    var sql =
        switch (list) {
          case OUTCOMES ->
              "select distinct outcome_key from case_outcomes where outcome_key is not null";
          case TAGS -> "select distinct tag_key from case_tags";
        };
    return transactions.withHandle(handle -> {
      var keys = new HashSet<ChoiceKey>();
      handle.createQuery(sql).map((rs, ctx) -> new ChoiceKey(rs.getString(1))).forEach(keys::add);
      return Set.copyOf(keys);
    });
  }

  @Override
  public void record(ReportReference reference, CaseOutcome outcome) {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    transactions.inTransactionWithHandle(handle -> {
      delete(handle, reference);
      handle
          .createUpdate(
              "insert into case_outcomes (report_reference, outcome_key) values (:ref, :key)")
          .bind("ref", reference.value())
          .bind("key", outcome.outcome().map(ChoiceKey::value).orElse(null))
          .execute();
      int position = 0;
      for (var tag : outcome.tags()) {
        handle
            .createUpdate(
                """
                insert into case_tags (report_reference, tag_key, position)
                values (:ref, :key, :position)
                """)
            .bind("ref", reference.value())
            .bind("key", tag.value())
            .bind("position", position++)
            .execute();
      }
      return null;
    });
  }

  @Override
  public Optional<CaseOutcome> of(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle -> {
      var row =
          handle
              .createQuery("select outcome_key from case_outcomes where report_reference = :ref")
              .bind("ref", reference.value())
              .map((rs, ctx) -> Optional.ofNullable(rs.getString(1)).map(ChoiceKey::new))
              .findOne();
      if (row.isEmpty()) {
        return Optional.<CaseOutcome>empty();
      }
      var tags = new ArrayList<ChoiceKey>();
      handle
          .createQuery(
              "select tag_key from case_tags where report_reference = :ref order by position")
          .bind("ref", reference.value())
          .map((rs, ctx) -> new ChoiceKey(rs.getString(1)))
          .forEach(tags::add);
      return Optional.of(new CaseOutcome(row.get(), new LinkedHashSet<>(tags)));
    });
  }

  @Override
  public void clear(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    transactions.inTransactionWithHandle(handle -> {
      delete(handle, reference);
      return null;
    });
  }

  private static void delete(org.jdbi.v3.core.Handle handle, ReportReference reference) {
    handle
        .createUpdate("delete from case_tags where report_reference = :ref")
        .bind("ref", reference.value())
        .execute();
    handle
        .createUpdate("delete from case_outcomes where report_reference = :ref")
        .bind("ref", reference.value())
        .execute();
  }
}

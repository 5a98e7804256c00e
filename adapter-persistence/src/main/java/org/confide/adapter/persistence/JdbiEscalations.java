package org.confide.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Escalations;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.safeguarding.EscalationState;
import org.confide.domain.safeguarding.EscalationState.Acknowledged;
import org.confide.domain.safeguarding.EscalationState.Raised;
import org.confide.domain.safeguarding.EscalationState.Referred;
import org.confide.domain.safeguarding.EscalationState.StoodDown;
import org.confide.domain.safeguarding.EscalationTrigger.Automatic;
import org.confide.domain.safeguarding.EscalationTrigger.ByHand;
import org.confide.domain.safeguarding.Rationale;
import org.confide.domain.safeguarding.ReferralBody;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.jdbi.v3.core.Handle;

/**
 * {@link Escalations} in the database: one row per escalation with its status for the lists, and
 * one row per step of its history, every rationale and reason sealed with the {@link FieldCipher}.
 */
public final class JdbiEscalations implements Escalations {

  private static final String SELECT_ESCALATIONS =
      """
      select e.id, e.report_reference, s.position, s.kind, s.taken_at, s.staff, s.referral_body,
             s.rationale, s.reasons
        from escalations e
        join escalation_steps s on s.escalation_id = e.id
       where %s
       order by e.raised_at, e.id, s.position
      """;

  private static final String INSERT_STEP =
      """
      insert into escalation_steps
        (escalation_id, position, kind, taken_at, staff, referral_body, rationale, reasons)
      values
        (:id, :position, :kind, :takenAt, :staff, :referralBody, :rationale, :reasons)
      """;

  private final JdbiTransactions transactions;
  private final FieldCipher cipher;

  public JdbiEscalations(JdbiTransactions transactions, FieldCipher cipher) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.cipher = Objects.requireNonNull(cipher, "cipher must not be null");
  }

  @Override
  public void save(Escalation escalation) {
    Objects.requireNonNull(escalation, "escalation must not be null");
    var id = escalation.id().value().toString();
    transactions.inTransactionWithHandle(handle -> {
      int inserted =
          handle
              .createUpdate(
                  """
                  insert into escalations (id, report_reference, status, raised_at)
                  values (:id, :reference, :status, :raisedAt)
                  on conflict do nothing
                  """)
              .bind("id", id)
              .bind("reference", escalation.reference().value())
              .bind("status", escalation.status().name())
              .bind("raisedAt", utc(escalation.raisedAt()))
              .execute();
      if (inserted == 0) {
        // Updating the row first locks it, so two saves of one escalation replace its steps in
        // turn rather than interleaving them.
        handle
            .createUpdate(
                """
                update escalations
                   set report_reference = :reference, status = :status, raised_at = :raisedAt
                 where id = :id
                """)
            .bind("id", id)
            .bind("reference", escalation.reference().value())
            .bind("status", escalation.status().name())
            .bind("raisedAt", utc(escalation.raisedAt()))
            .execute();
        handle
            .createUpdate("delete from escalation_steps where escalation_id = :id")
            .bind("id", id)
            .execute();
      }
      insertSteps(handle, escalation);
      return null;
    });
  }

  @Override
  public Optional<Escalation> find(EscalationId id) {
    Objects.requireNonNull(id, "id must not be null");
    return transactions
        .withHandle(handle -> select(handle, "e.id = :value", id.value().toString()))
        .stream()
        .findFirst();
  }

  @Override
  public List<Escalation> of(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(
        handle -> select(handle, "e.report_reference = :value", reference.value()));
  }

  @Override
  public List<Escalation> open() {
    return escalations(
        transactions.withHandle(handle ->
            handle
                .createQuery(SELECT_ESCALATIONS.formatted("e.status in ('RAISED', 'ACKNOWLEDGED')"))
                .map((rs, ctx) -> step(rs))
                .collectIntoList()));
  }

  @Override
  public boolean existsFor(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    return transactions.withHandle(handle ->
        handle
            .createQuery(
                "select exists (select 1 from escalations where report_reference = :reference)")
            .bind("reference", reference.value())
            .mapTo(Boolean.class)
            .one());
  }

  @Override
  public void removeAll(ReportReference reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    // The steps go with their escalations (on delete cascade).
    transactions.withHandle(handle ->
        handle
            .createUpdate("delete from escalations where report_reference = :reference")
            .bind("reference", reference.value())
            .execute());
  }

  private List<Escalation> select(Handle handle, String where, String value) {
    return escalations(
        handle
            .createQuery(SELECT_ESCALATIONS.formatted(where))
            .bind("value", value)
            .map((rs, ctx) -> step(rs))
            .collectIntoList());
  }

  private void insertSteps(Handle handle, Escalation escalation) {
    var history = escalation.history();
    try (var batch = handle.prepareBatch(INSERT_STEP)) {
      for (int position = 0; position < history.size(); position++) {
        var context = context(escalation.id(), position);
        var columns = columns(history.get(position));
        batch
            .bind("id", escalation.id().value().toString())
            .bind("position", position)
            .bind("kind", columns.kind())
            .bind("takenAt", utc(history.get(position).at()))
            .bind("staff", columns.staff().map(by -> by.value().toString()).orElse(null))
            .bind("referralBody", columns.referralBody().map(ReferralBody::name).orElse(null))
            .bind(
                "rationale",
                columns
                    .rationale()
                    .map(why -> cipher.seal(why.text(), context + ":rationale"))
                    .orElse(null))
            .bind(
                "reasons",
                columns
                    .reasons()
                    // Each reason is one line, so a line break separates them unambiguously.
                    .map(lines -> cipher.seal(String.join("\n", lines), context + ":reasons"))
                    .orElse(null))
            .add();
      }
      batch.execute();
    }
  }

  private static Columns columns(EscalationState step) {
    return switch (step) {
      case Raised raised ->
          switch (raised.trigger()) {
            case Automatic automatic ->
                new Columns(
                    "RAISED_AUTOMATICALLY",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(automatic.reasons()));
            case ByHand byHand ->
                new Columns(
                    "RAISED_BY_HAND",
                    Optional.of(byHand.by()),
                    Optional.empty(),
                    Optional.of(byHand.reason()),
                    Optional.empty());
          };
      case Acknowledged acknowledged ->
          new Columns(
              "ACKNOWLEDGED",
              Optional.of(acknowledged.by()),
              Optional.empty(),
              Optional.of(acknowledged.rationale()),
              Optional.empty());
      case Referred referred ->
          new Columns(
              "REFERRED",
              Optional.of(referred.by()),
              Optional.of(referred.to()),
              Optional.of(referred.rationale()),
              Optional.empty());
      case StoodDown stoodDown ->
          new Columns(
              "STOOD_DOWN",
              Optional.of(stoodDown.by()),
              Optional.empty(),
              Optional.of(stoodDown.rationale()),
              Optional.empty());
    };
  }

  /** Rows of consecutive steps, each escalation's in order, as escalations in the same order. */
  private static List<Escalation> escalations(List<Step> steps) {
    var histories = new LinkedHashMap<EscalationId, List<EscalationState>>();
    var references = new LinkedHashMap<EscalationId, ReportReference>();
    for (var step : steps) {
      histories.computeIfAbsent(step.id(), id -> new ArrayList<>()).add(step.state());
      references.putIfAbsent(step.id(), step.reference());
    }
    return histories.entrySet().stream()
        .map(entry ->
            Escalation.reconstitute(
                entry.getKey(), references.get(entry.getKey()), entry.getValue()))
        .toList();
  }

  private Step step(ResultSet rs) throws SQLException {
    var id = EscalationId.parse(rs.getString("id"));
    int position = rs.getInt("position");
    var context = context(id, position);
    var at = rs.getObject("taken_at", OffsetDateTime.class).toInstant();
    var kind = rs.getString("kind");
    EscalationState state =
        switch (kind) {
          case "RAISED_AUTOMATICALLY" ->
              new Raised(
                  at,
                  new Automatic(
                      Arrays.asList(
                          cipher.open(rs.getBytes("reasons"), context + ":reasons").split("\n"))));
          case "RAISED_BY_HAND" -> new Raised(at, new ByHand(staff(rs), rationale(rs, context)));
          case "ACKNOWLEDGED" -> new Acknowledged(staff(rs), at, rationale(rs, context));
          case "REFERRED" ->
              new Referred(
                  staff(rs),
                  at,
                  new ReferralBody(rs.getString("referral_body")),
                  rationale(rs, context));
          case "STOOD_DOWN" -> new StoodDown(staff(rs), at, rationale(rs, context));
          default -> throw new IllegalStateException("unknown escalation step kind " + kind);
        };
    return new Step(id, new ReportReference(rs.getString("report_reference")), state);
  }

  private static StaffId staff(ResultSet rs) throws SQLException {
    return StaffId.parse(rs.getString("staff"));
  }

  private Rationale rationale(ResultSet rs, String context) throws SQLException {
    return new Rationale(cipher.open(rs.getBytes("rationale"), context + ":rationale"));
  }

  private static String context(EscalationId id, int position) {
    return "escalation.step:" + id.value() + ":" + position;
  }

  // Both databases keep microseconds; truncating here, rather than letting each round in its own
  // way, stores the same instant on H2 and PostgreSQL.
  private static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** How one step is stored, apart from its time. */
  private record Columns(
      String kind,
      Optional<StaffId> staff,
      Optional<ReferralBody> referralBody,
      Optional<Rationale> rationale,
      Optional<List<String>> reasons) {}

  /** One step of one escalation, as read; consecutive steps of an escalation form its history. */
  private record Step(EscalationId id, ReportReference reference, EscalationState state) {}
}

package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.memory.InMemoryReports;
import org.confide.application.memory.InMemoryTransactions;
import org.confide.application.memory.InMemoryTrendFacts;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CaseSummary;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.TrendFacts;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.testing.Fixture;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What an embedder or a test chooses on {@link InMemoryConfide#builder()}. */
class InMemoryConfideBuilderTest {

  private final MutableClock clock = new MutableClock(Fixture.MONDAY_MORNING);

  private InMemoryConfide.Builder builder() {
    return InMemoryConfide.builder()
        .clock(clock)
        .passwordCost(Argon2idPasswords.Parameters.forTestsOnly());
  }

  /** The first administrator creates an adviser, who logs in with a password alone. */
  private static SessionToken adviser(Confide confide) {
    confide
        .createStaff()
        .create(
            administrator(confide),
            new CreateStaffUseCase.Command(
                "adviser@example.ac.uk",
                "Alex Adviser",
                Set.of(Role.ADVISER),
                Fixture.PASSWORD.toCharArray()))
        .orElseThrow();
    return logIn(confide, "adviser@example.ac.uk");
  }

  private static SessionToken administrator(Confide confide) {
    confide
        .ensureFirstAdministrator()
        .ensure(
            new EnsureFirstAdministratorUseCase.Command(
                EmailAddress.of("admin@example.ac.uk"),
                "Ada Admin",
                Fixture.PASSWORD.toCharArray()))
        .orElseThrow();
    return logIn(confide, "admin@example.ac.uk");
  }

  private static SessionToken logIn(Confide confide, String email) {
    return confide
        .logInStaff()
        .logIn(LogInStaffUseCase.Command.withPassword(email, Fixture.PASSWORD.toCharArray()))
        .orElseThrow()
        .token();
  }

  private static List<CaseSummary> queue(Confide confide, SessionToken staff) {
    return confide
        .listCases()
        .list(staff, ListCasesUseCase.Command.firstPage(View.QUEUE))
        .orElseThrow()
        .cases();
  }

  @Nested
  class Settings {

    @Test
    void two_factor_turned_off_lets_staff_signed_in_with_a_password_use_staff_use_cases() {
      var confide = builder().twoFactorRequired(false).build();
      var adviser = adviser(confide);

      var receipt = confide.submitReport().submit(Fixture.anonymous("It happened.")).orElseThrow();

      assertThat(queue(confide, adviser))
          .extracting(CaseSummary::reference)
          .containsExactly(receipt.reference());
    }

    @Test
    void by_default_staff_must_set_up_two_factor_first() {
      var confide = builder().build();
      var admin = administrator(confide);

      assertThat(confide.listCases().list(admin, ListCasesUseCase.Command.firstPage(View.QUEUE)))
          .isEqualTo(Outcome.failed(new Failure.TwoFactorFirst()));
    }

    @Test
    void the_calendar_and_service_level_chosen_set_the_due_date_of_a_receipt() {
      // Monday 2 November 2026, with Tuesday a holiday and a response due in one working day.
      var confide =
          builder()
              .calendar(
                  WorkingCalendar.standard()
                      .withHoliday(new PublicHoliday(LocalDate.of(2026, 11, 3), "Founders' Day")))
              .serviceLevel(new ServiceLevel(1, 1))
              .build();

      var receipt = confide.submitReport().submit(Fixture.anonymous("It happened.")).orElseThrow();

      // Due by the end of Wednesday in London, which is GMT in November.
      assertThat(receipt.responseDueBy()).isEqualTo(Instant.parse("2026-11-05T00:00:00Z"));
    }

    @Test
    void the_named_choices_change_the_settings_given_in_whatever_order() {
      var retained = ServiceSettings.defaults().withRetention(Period.ofYears(2));
      var builder = builder().twoFactorRequired(false).settings(retained);
      var ports = builder.buildPorts();

      builder.build(ports);

      assertThat(ports.settings().current()).isEqualTo(retained.withStaffTwoFactorRequired(false));
    }

    @Test
    void without_a_choice_build_leaves_the_settings_store_as_it_is() {
      var builder = builder();
      var ports = builder.buildPorts();
      var saved = ServiceSettings.defaults().withStaffTwoFactorRequired(false);
      ports.settings().save(saved);

      builder.build(ports);

      assertThat(ports.settings().current()).isEqualTo(saved);
    }
  }

  @Nested
  class ReplacedPorts {

    @Test
    void a_replaced_report_store_receives_the_submission_and_the_queue_reads_it() {
      var counting = new AtomicInteger();
      var confide =
          builder()
              .twoFactorRequired(false)
              .replace(
                  Reports.class,
                  transactions -> new CountingReports(new InMemoryReports(transactions), counting))
              .build();
      var adviser = adviser(confide);
      var before = counting.get();

      var receipt = confide.submitReport().submit(Fixture.anonymous("It happened.")).orElseThrow();
      int afterSubmission = counting.get();
      var queue = queue(confide, adviser);

      assertThat(afterSubmission).isGreaterThan(before);
      assertThat(counting.get()).isGreaterThan(afterSubmission);
      assertThat(queue).extracting(CaseSummary::reference).containsExactly(receipt.reference());
    }

    @Test
    void the_replacement_is_in_the_ports_built() {
      var own = new AtomicInteger();
      var ports =
          builder()
              .replace(Reports.class, t -> new CountingReports(new InMemoryReports(t), own))
              .buildPorts();

      assertThat(ports.reports()).isInstanceOf(CountingReports.class);
    }

    @Test
    void transactions_and_types_that_are_no_port_cannot_be_replaced() {
      assertThatThrownBy(() -> builder().replace(Transactions.class, t -> t))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Transactions is not a replaceable port");
      assertThatThrownBy(() -> builder().replace(String.class, t -> "store"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class StoresOfOnesOwn {

    @Test
    void a_store_of_ones_own_has_its_write_undone_when_a_later_step_of_the_use_case_fails() {
      var own = new Holder<MapReports>();
      var confide =
          builder()
              .twoFactorRequired(false)
              .replace(Reports.class, t -> own.set(new MapReports(t)))
              // The trend count is the last write of a submission; here it fails.
              .replace(TrendFacts.class, t -> new FailingTrendFacts(new InMemoryTrendFacts(t)))
              .build();
      var adviser = adviser(confide);

      assertThatThrownBy(() -> confide.submitReport().submit(Fixture.anonymous("It happened.")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("trend store down");

      assertThat(own.get().count()).isZero();
      assertThat(queue(confide, adviser)).isEmpty();
    }

    @Test
    void a_store_of_ones_own_keeps_its_write_when_the_use_case_succeeds() {
      var own = new Holder<MapReports>();
      var confide =
          builder()
              .twoFactorRequired(false)
              .replace(Reports.class, t -> own.set(new MapReports(t)))
              .build();
      var adviser = adviser(confide);

      var receipt = confide.submitReport().submit(Fixture.anonymous("It happened.")).orElseThrow();

      assertThat(own.get().find(receipt.reference())).isPresent();
      assertThat(queue(confide, adviser))
          .extracting(CaseSummary::reference)
          .containsExactly(receipt.reference());
    }

    @Test
    void on_rollback_outside_a_transaction_and_outside_atomically_is_refused() {
      var transactions = new InMemoryTransactions();

      assertThatThrownBy(() -> transactions.onRollback(() -> {}))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void on_rollback_inside_atomically_outside_a_transaction_records_nothing() {
      var transactions = new InMemoryTransactions();
      var undone = new AtomicInteger();

      transactions.atomically(() -> {
        transactions.onRollback(undone::incrementAndGet);
        return null;
      });

      assertThat(undone).hasValue(0);
    }
  }

  /** A set-once holder that hands back what it was given, for a store built inside the builder. */
  private static final class Holder<T> {
    private T value;

    T set(T value) {
      this.value = value;
      return value;
    }

    T get() {
      return value;
    }
  }

  /**
   * A report store of one's own, on a plain map, that takes part in the in-memory transactions
   * through their public API alone.
   */
  private static final class MapReports implements Reports {

    private static final Comparator<Report> OLDEST_FIRST =
        Comparator.comparing(Report::receivedAt).thenComparing(r -> r.reference().value());

    private final InMemoryTransactions transactions;
    private final Map<ReportReference, Report> byReference = new HashMap<>();
    private final Map<ReportReference, AccessCodeDigest> codes = new HashMap<>();

    MapReports(InMemoryTransactions transactions) {
      this.transactions = transactions;
    }

    private void put(Report report) {
      put(byReference, report.reference(), report);
    }

    private <K, V> void put(Map<K, V> map, K key, V value) {
      var previous = value == null ? map.remove(key) : map.put(key, value);
      transactions.onRollback(() -> {
        if (previous == null) {
          map.remove(key);
        } else {
          map.put(key, previous);
        }
      });
    }

    @Override
    public AddOutcome add(Report report, Optional<AccessCodeDigest> code) {
      return transactions.atomically(() -> {
        if (byReference.containsKey(report.reference())) {
          return AddOutcome.REFERENCE_TAKEN;
        }
        if (code.isPresent() && codes.containsValue(code.get())) {
          return AddOutcome.CODE_TAKEN;
        }
        put(report);
        code.ifPresent(digest -> put(codes, report.reference(), digest));
        return AddOutcome.ADDED;
      });
    }

    @Override
    public UpdateOutcome update(Report report) {
      return transactions.atomically(() -> {
        var stored = Objects.requireNonNull(byReference.get(report.reference()), "no report");
        if (stored.version() != report.version()) {
          return UpdateOutcome.STALE;
        }
        put(report.storedAs(report.version() + 1));
        return UpdateOutcome.UPDATED;
      });
    }

    @Override
    public CodeChange replaceCode(ReportReference reference, AccessCodeDigest code) {
      return transactions.atomically(() -> {
        Objects.requireNonNull(byReference.get(reference), "no report");
        if (findByCode(code).filter(owner -> !owner.equals(reference)).isPresent()) {
          return CodeChange.CODE_TAKEN;
        }
        put(codes, reference, code);
        return CodeChange.REPLACED;
      });
    }

    @Override
    public Optional<ReportReference> findByCode(AccessCodeDigest code) {
      return transactions.atomically(() ->
          codes.entrySet().stream()
              .filter(entry -> entry.getValue().equals(code))
              .map(Map.Entry::getKey)
              .findFirst());
    }

    @Override
    public Optional<AccessCodeDigest> codeOf(ReportReference reference) {
      return transactions.atomically(() -> Optional.ofNullable(codes.get(reference)));
    }

    @Override
    public void removeCode(ReportReference reference) {
      transactions.atomically(() -> {
        put(codes, reference, null);
        return null;
      });
    }

    @Override
    public Optional<Report> find(ReportReference reference) {
      return transactions.atomically(() -> Optional.ofNullable(byReference.get(reference)));
    }

    @Override
    public void remove(ReportReference reference) {
      transactions.atomically(() -> {
        put(codes, reference, null);
        put(byReference, reference, null);
        return null;
      });
    }

    @Override
    public List<Report> unassigned() {
      return open(report -> report.assignee().isEmpty());
    }

    @Override
    public List<Report> openAssignedTo(StaffId adviser) {
      return open(report -> report.isAssignedTo(adviser));
    }

    @Override
    public List<Report> allOpen() {
      return open(report -> true);
    }

    @Override
    public List<Report> findAll(Collection<ReportReference> references) {
      return transactions.atomically(() ->
          references.stream()
              .distinct()
              .map(byReference::get)
              .filter(Objects::nonNull)
              .sorted(OLDEST_FIRST)
              .toList());
    }

    @Override
    public List<Report> closedBefore(Instant cutoff, int limit) {
      return transactions.atomically(() ->
          byReference.values().stream()
              .filter(report -> report.closedAt().filter(cutoff::isAfter).isPresent())
              .filter(report -> !report.isHeld())
              .sorted(Comparator.comparing((Report r) -> r.closedAt().orElseThrow()))
              .limit(limit)
              .toList());
    }

    @Override
    public void hold(ReportReference reference, Instant requestedAt) {
      transactions.atomically(() -> {
        var stored = Objects.requireNonNull(byReference.get(reference), "no report");
        if (!stored.isHeld()) {
          put(stored.holdForSafeguarding(requestedAt).storedAs(stored.version() + 1));
        }
        return null;
      });
    }

    @Override
    public List<Report> held() {
      return transactions.atomically(
          () -> byReference.values().stream().filter(Report::isHeld).sorted(OLDEST_FIRST).toList());
    }

    @Override
    public long count() {
      return transactions.atomically(() -> (long) byReference.size());
    }

    private List<Report> open(Predicate<Report> matches) {
      return transactions.atomically(() ->
          byReference.values().stream()
              .filter(report -> report.status() != ReportStatus.CLOSED && !report.isHeld())
              .filter(matches)
              .sorted(OLDEST_FIRST)
              .toList());
    }
  }

  /** Trend facts whose every recording fails, as a store that has gone away would. */
  private record FailingTrendFacts(TrendFacts inner) implements TrendFacts {

    @Override
    public void record(ReportFacts facts) {
      throw new IllegalStateException("trend store down");
    }

    @Override
    public void recordAll(List<ReportFacts> facts) {
      throw new IllegalStateException("trend store down");
    }

    @Override
    public void recordClosing(org.confide.domain.analytics.ClosingFact closing) {
      throw new IllegalStateException("trend store down");
    }

    @Override
    public void takeBackClosing(org.confide.domain.analytics.ClosingFact closing) {
      throw new IllegalStateException("trend store down");
    }

    @Override
    public List<Tally> count(YearMonth from, YearMonth to, Set<TrendDimension> by) {
      return inner.count(from, to, by);
    }
  }
}

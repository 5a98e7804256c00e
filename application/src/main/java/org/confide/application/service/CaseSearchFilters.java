package org.confide.application.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.ListCasesUseCase.Search;
import org.confide.application.port.out.CaseLists.Filters;
import org.confide.application.port.out.Outcomes;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.StaffMember;

/**
 * Reads the filters of a case search as written into what the case lists narrow by, naming every
 * filter that names nothing: a reference that is no reference, a status, a staff member, an outcome
 * or a tag that does not exist, a day that is not a day, or a range that ends before it starts.
 */
final class CaseSearchFilters {

  private final StaffDirectory staffDirectory;
  private final Outcomes outcomes;
  private final Settings settings;

  CaseSearchFilters(StaffDirectory staffDirectory, Outcomes outcomes, Settings settings) {
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The filters {@code search} names, or every problem with it; run inside the transaction. */
  Checked<Filters> read(Search search) {
    var problems = new ArrayList<FieldProblem>();
    var reference =
        given(search.reference())
            .map(text ->
                found(
                    ReportReference.read(text),
                    "reference",
                    ProblemCode.SEARCH_REFERENCE,
                    problems));
    var status =
        given(search.status())
            .map(text ->
                found(
                    Arrays.stream(ReportStatus.values())
                        .filter(s -> s.name().equals(text.toUpperCase(Locale.ROOT)))
                        .findFirst(),
                    "status",
                    ProblemCode.SEARCH_STATUS,
                    problems));
    var assignee =
        given(search.assignee())
            .map(text ->
                found(
                    EmailAddress.read(text)
                        .flatMap(staffDirectory::findByEmail)
                        .map(StaffMember::id),
                    "assignee",
                    ProblemCode.SEARCH_ASSIGNEE,
                    problems));
    var outcome = given(search.outcome()).map(text -> key(ChoiceList.OUTCOMES, text, problems));
    var tag = given(search.tag()).map(text -> key(ChoiceList.TAGS, text, problems));
    var zone = settings.current().calendar().zone();
    var from =
        given(search.from())
            .map(text -> found(day(text), "from", ProblemCode.SEARCH_FROM, problems));
    var to =
        given(search.to()).map(text -> found(day(text), "to", ProblemCode.SEARCH_TO, problems));
    if (from.flatMap(d -> d).isPresent()
        && to.flatMap(d -> d).isPresent()
        && to.get().get().isBefore(from.get().get())) {
      problems.add(FieldProblem.of("to", ProblemCode.SEARCH_DAY_ORDER));
    }
    return Checked.unless(
        problems,
        () ->
            new Filters(
                reference.flatMap(r -> r),
                status.flatMap(s -> s),
                assignee.flatMap(a -> a),
                outcome.flatMap(o -> o),
                tag.flatMap(t -> t),
                from.flatMap(d -> d).map(d -> d.atStartOfDay(zone).toInstant()),
                to.flatMap(d -> d).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant())));
  }

  // An outcome or tag that the list holds, offered or retired: old cases keep retired ones.
  private Optional<ChoiceKey> key(
      ChoiceList list, String text, java.util.List<FieldProblem> problems) {
    var field = list == ChoiceList.OUTCOMES ? "outcome" : "tag";
    return found(
        ChoiceKey.read(text).filter(ClosingChoicesService.inForce(outcomes, list).keys()::contains),
        list == ChoiceList.OUTCOMES
            ? FieldProblem.of(field, ProblemCode.SEARCH_UNKNOWN_OUTCOME, text)
            : FieldProblem.of(field, ProblemCode.SEARCH_UNKNOWN_TAG, text),
        problems);
  }

  private static Optional<LocalDate> day(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> given(Optional<String> text) {
    return text.map(String::strip).filter(t -> !t.isEmpty());
  }

  private static <T> Optional<T> found(
      Optional<T> value, String field, ProblemCode code, java.util.List<FieldProblem> problems) {
    return found(value, FieldProblem.of(field, code), problems);
  }

  private static <T> Optional<T> found(
      Optional<T> value, FieldProblem problem, java.util.List<FieldProblem> problems) {
    if (value.isEmpty()) {
      problems.add(problem);
    }
    return value;
  }
}

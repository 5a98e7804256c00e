package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestReports.aReport;

import java.util.Optional;
import org.confide.application.port.out.CaseLists;
import org.confide.application.port.out.CaseLists.CaseRow;
import org.confide.application.port.out.CaseLists.Condition;
import org.confide.application.port.out.CaseLists.Direction;
import org.confide.application.port.out.CaseLists.Scope;
import org.confide.application.port.out.CaseLists.Selection;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Channel;
import org.confide.domain.report.StaffEntry;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Reports} and {@link CaseLists} for a report an adviser entered for someone
 * who told them: the report is found with how it reached them and who entered it, exactly as added,
 * and the case lists show the channel of such a report and none for a report its reporter sent.
 * Subclasses supply adapters over one store.
 */
public abstract class StaffEntryContract {

  /** For a subclass that runs this contract against one store. */
  protected StaffEntryContract() {}

  /** {@return the reports adapter under test} */
  protected abstract Reports reports();

  /** {@return the case lists adapter under test, reading what {@link #reports()} stores} */
  protected abstract CaseLists caseLists();

  @Test
  void a_report_entered_by_staff_is_found_with_its_channel_and_who_entered_it() {
    var adviser = TestStaff.aStaffId();
    var report = aReport().named().enteredBy(Channel.IN_PERSON, adviser).build();

    reports().add(report);

    var found = reports().find(report.reference());
    assertThat(found).contains(report);
    assertThat(found.orElseThrow().staffEntry())
        .contains(new StaffEntry(Channel.IN_PERSON, adviser));
  }

  @Test
  void a_report_its_reporter_sent_is_found_with_no_staff_entry() {
    var report = aReport().build();

    reports().add(report);

    assertThat(reports().find(report.reference()).orElseThrow().staffEntry()).isEmpty();
  }

  @Test
  void the_case_lists_show_the_channel_of_a_report_entered_by_staff_and_none_for_another() {
    var entered = aReport().enteredBy(Channel.PHONE, TestStaff.aStaffId()).build();
    var sent = aReport().build();
    reports().add(entered);
    reports().add(sent);

    var rows =
        caseLists()
            .page(
                new Selection(new Scope.Queue(), new Condition.Any()),
                Optional.empty(),
                Direction.FORWARD,
                10);

    assertThat(rows)
        .filteredOn(row -> row.reference().equals(entered.reference()))
        .singleElement()
        .extracting(CaseRow::channel)
        .isEqualTo(Optional.of(Channel.PHONE));
    assertThat(rows)
        .filteredOn(row -> row.reference().equals(sent.reference()))
        .singleElement()
        .extracting(CaseRow::channel)
        .isEqualTo(Optional.empty());
  }
}

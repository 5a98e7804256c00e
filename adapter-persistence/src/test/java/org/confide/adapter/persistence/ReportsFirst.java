package org.confide.adapter.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.DeadlineMarks;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.InternalNotes;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.PatternKeys;
import org.confide.application.port.out.Sessions;
import org.confide.domain.safeguarding.Escalation;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionDigest;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.thread.InternalNote;
import org.confide.domain.thread.MessageThread;
import org.confide.testing.TestReports;

/**
 * The Jdbi adapters of rows that belong to a report, for the port contracts, with the report stored
 * first: each write that names a report stores that report if the database does not hold it yet, in
 * the same transaction, as every use case has stored a report before it writes what belongs to it.
 * The contracts speak of one port at a time, and the database refuses a row for a report it does
 * not hold (migration 11, shown by {@link RowsOwnedByReports}); reads and removals pass straight
 * through.
 */
final class ReportsFirst {

  private final JdbiReports reports;

  private ReportsFirst(Database database) {
    this.reports = new JdbiReports(database.transactions(), TestCiphers.random());
  }

  /** Stores the reports of {@code database} before its adapters write what belongs to them. */
  static ReportsFirst on(Database database) {
    return new ReportsFirst(Objects.requireNonNull(database, "database must not be null"));
  }

  private void exists(ReportReference reference) {
    // A report already held stays as it is: adding answers that its reference is taken.
    reports.add(TestReports.aReport().withReference(reference).build());
  }

  MessageThreads threads(MessageThreads adapter) {
    return new MessageThreads() {
      @Override
      public void save(MessageThread thread) {
        exists(thread.reference());
        adapter.save(thread);
      }

      @Override
      public Optional<MessageThread> find(ReportReference reference) {
        return adapter.find(reference);
      }

      @Override
      public Map<ReportReference, MessageThread> findAll(Collection<ReportReference> references) {
        return adapter.findAll(references);
      }

      @Override
      public void remove(ReportReference reference) {
        adapter.remove(reference);
      }
    };
  }

  InternalNotes notes(InternalNotes adapter) {
    return new InternalNotes() {
      @Override
      public void add(ReportReference reference, InternalNote note) {
        exists(reference);
        adapter.add(reference, note);
      }

      @Override
      public List<InternalNote> of(ReportReference reference) {
        return adapter.of(reference);
      }

      @Override
      public void removeAll(ReportReference reference) {
        adapter.removeAll(reference);
      }
    };
  }

  Escalations escalations(Escalations adapter) {
    return new Escalations() {
      @Override
      public void save(Escalation escalation) {
        exists(escalation.reference());
        adapter.save(escalation);
      }

      @Override
      public Optional<Escalation> find(EscalationId id) {
        return adapter.find(id);
      }

      @Override
      public List<Escalation> of(ReportReference reference) {
        return adapter.of(reference);
      }

      @Override
      public List<Escalation> open() {
        return adapter.open();
      }

      @Override
      public boolean existsFor(ReportReference reference) {
        return adapter.existsFor(reference);
      }

      @Override
      public void removeAll(ReportReference reference) {
        adapter.removeAll(reference);
      }
    };
  }

  PatternKeys patternKeys(PatternKeys adapter) {
    return new PatternKeys() {
      @Override
      public void add(List<Sighting> sightings) {
        sightings.stream().map(Sighting::report).distinct().forEach(ReportsFirst.this::exists);
        adapter.add(sightings);
      }

      @Override
      public void removeAll(ReportReference report) {
        adapter.removeAll(report);
      }

      @Override
      public List<Sighting> repeated(int reports) {
        return adapter.repeated(reports);
      }
    };
  }

  DeadlineMarks deadlineMarks(DeadlineMarks adapter) {
    return new DeadlineMarks() {
      @Override
      public MarkOutcome mark(Mark mark) {
        exists(mark.reference());
        return adapter.mark(mark);
      }

      @Override
      public List<Mark> of(ReportReference reference) {
        return adapter.of(reference);
      }

      @Override
      public void removeAll(ReportReference reference) {
        adapter.removeAll(reference);
      }
    };
  }

  Sessions sessions(Sessions adapter) {
    return new Sessions() {
      @Override
      public void create(Session session) {
        if (session.subject() instanceof Session.Subject.Reporter reporter) {
          exists(reporter.report());
        }
        adapter.create(session);
      }

      @Override
      public Optional<Session> find(SessionDigest digest) {
        return adapter.find(digest);
      }

      @Override
      public void touch(SessionDigest digest, Instant at) {
        adapter.touch(digest, at);
      }

      @Override
      public java.util.List<Session> all(Session.Subject subject) {
        return adapter.all(subject);
      }

      @Override
      public void remove(SessionDigest digest) {
        adapter.remove(digest);
      }

      @Override
      public void removeAll(Session.Subject subject) {
        adapter.removeAll(subject);
      }

      @Override
      public int removeExpired(Instant createdBefore, Instant idleBefore) {
        return adapter.removeExpired(createdBefore, idleBefore);
      }
    };
  }
}

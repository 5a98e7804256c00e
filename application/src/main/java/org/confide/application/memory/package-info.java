/**
 * The in-memory adapters of every outbound port: production code, not test doubles, for testers who
 * run the whole application without a database and for developers who embed Confide. They behave as
 * the database adapters do — same ordering, same uniqueness outcomes, copies rather than live
 * objects, and real rollback — because every store shares one {@link
 * org.confide.application.memory.InMemoryTransactions}, whose lock serialises transactions and
 * whose undo log reverses a failed one.
 */
package org.confide.application.memory;

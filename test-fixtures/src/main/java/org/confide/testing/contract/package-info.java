/**
 * The contract tests of the outbound ports: one abstract JUnit class per port, whose Javadoc states
 * the contract. An adapter's test extends it and returns the adapter under test, empty at the start
 * of each test; Confide runs every contract against its in-memory adapters and against Jdbi on H2
 * and on PostgreSQL, and a store of an embedder's own can run the same one.
 */
package org.confide.testing.contract;

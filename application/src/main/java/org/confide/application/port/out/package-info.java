/**
 * Driven ports: collection-like interfaces (Reports, MessageThreads...) that speak only domain
 * types, and Transactions, which makes a use case's writes all-or-nothing. Each has an in-memory
 * adapter here and a Jdbi adapter in adapter-persistence, held to one contract test.
 */
package org.confide.application.port.out;

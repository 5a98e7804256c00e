/**
 * The database adapter: Jdbi implementations of the application's driven ports on H2 and
 * PostgreSQL, and the encryption of report content at rest under a key kept outside the database.
 */
package org.confide.adapter.persistence;

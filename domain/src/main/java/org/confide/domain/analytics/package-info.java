/**
 * The anonymous, coarse facts of reports that trend analysis counts; nothing here can lead back to
 * a report or a reporter.
 */
package org.confide.domain.analytics;

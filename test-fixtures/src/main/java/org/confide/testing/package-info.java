/**
 * What a tester of Confide needs besides the application itself: a clock moved by hand ({@link
 * org.confide.testing.MutableClock}), builders of submissions ({@link
 * org.confide.testing.AReport}), of stored reports and staff ({@link
 * org.confide.testing.TestReports}, {@link org.confide.testing.TestStaff}, {@link
 * org.confide.testing.TestData}), two-factor codes ({@link org.confide.testing.TwoFactor}),
 * assertions on failures ({@link org.confide.testing.Failures}) and a whole staffed application in
 * memory ({@link org.confide.testing.Fixture}). Confide's own tests use the same classes.
 */
package org.confide.testing;

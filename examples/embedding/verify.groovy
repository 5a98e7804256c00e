// Runs after the example's build (the invoker's post-build script): every test must have run and
// passed, and the example must have printed each step, in order.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
// The report store of our own passes every test of the contract; the example's one test passes.
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in org\.example\.confide\.MapReportsTest/
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in org\.example\.confide\.ChristmasQueueTest/

def expected = [
  'Done: create the first administrator',
  'Done: create an adviser',
  'Submitted; the response is due by 2026-12-30T00:00:00Z',
  '2026-12-23T10:00:00Z: queue has 1 case(s); 3 working day(s) left, overdue false',
  '2026-12-29T10:00:00Z: queue has 1 case(s); 0 working day(s) left, overdue false',
  '2026-12-30T10:00:00Z: queue has 1 case(s); 0 working day(s) left, overdue true',
  'Done: take the case',
  'Our report store holds 1 report(s)',
]
def at = 0
expected.each { line ->
  def found = log.indexOf(line, at)
  assert found >= 0 : "the example did not print, in order: ${line}"
  at = found + line.length()
}
return true

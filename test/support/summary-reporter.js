// Prints the closing line CI reads ("N passed, N failed") as the very last line of the run:
// jest's own summary is written to stderr, so this goes there too, when the process exits.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.once('exit', () => process.stderr.write(`\nTests: ${line}\n`));
  }
}
module.exports = SummaryReporter;

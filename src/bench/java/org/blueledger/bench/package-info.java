/**
 * Performance tooling, not part of the application: {@link org.blueledger.bench.BulkGenerator}
 * fills a database of its own with generated cases, {@link org.blueledger.bench.Benchmark}
 * measures a started application on it next to hand-written SQL (docs/performance.md).
 * Compiled with the tests (source folder {@code src/bench/java}), never packaged in the WAR and
 * never run by {@code mvn verify}; run through the {@code bench} Maven profile. Uses the
 * application's {@code DemoCaseGenerator}, {@code FieldCipher} and {@code WorkingCalendar}.
 */
package org.blueledger.bench;

/**
 * Demo data: {@link org.blueledger.demo.DemoCaseGenerator} makes synthetic case <i>i</i> from the seed
 * and <i>i</i> alone (the bench's {@code BulkGenerator} streams it too), and
 * {@link org.blueledger.demo.DemoCaseLoader} files them, with their follow-up, on an empty case file in
 * demo mode ({@code blueledger.demo}). Never runs in production.
 * <p>
 * Roles: none; it runs at start-up as the system.
 * <p>
 * Calls: allegation (its validator, identity cipher and, as the one listed exception in
 * {@code LayeringTest}, its repository, to write the rows as intake would), followup (its
 * entities), deadline (the working calendar), security (the demo accounts). No feature calls it.
 */
package org.blueledger.demo;

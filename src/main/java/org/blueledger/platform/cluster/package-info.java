/**
 * Running as several instances (issue #16, docs/operations.md "Run a cluster"): Payara Micro's
 * data grid (Hazelcast) seen from the application. {@link org.blueledger.platform.cluster.DataGrid}
 * says whether this instance is the one that does the cluster's scheduled work and hands out
 * maps shared by every instance; {@link org.blueledger.platform.cluster.GridBuckets} keeps
 * Bucket4j token buckets in such a map. With {@code blueledger.cluster=false} (the default, one
 * instance) everything stays in this instance's memory. Depends on no feature.
 */
package org.blueledger.platform.cluster;

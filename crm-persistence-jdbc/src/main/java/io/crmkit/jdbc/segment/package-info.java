/**
 * The JDBC adapter of segments: {@link io.crmkit.segment.SegmentMembers} (a rule translated to
 * SQL, purchase figures included) and {@link io.crmkit.segment.SavedSegments}. {@link
 * io.crmkit.jdbc.segment.SegmentSql} shows the SQL of a rule, for the benchmarks.
 *
 * <p>Internal to {@code crm-persistence-jdbc}: not API. Hosts do not use this package; they
 * open storage through {@link io.crmkit.jdbc.JdbcStorage} and use the ports of
 * {@code crm-core}. Its public types are public only for the adapter's other packages.
 */
package io.crmkit.jdbc.segment;

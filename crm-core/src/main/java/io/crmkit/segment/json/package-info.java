/**
 * The JSON form of segment rules, for storing rules and exchanging them with front ends:
 * {@code {"and":[{"tag":"industry","test":"has","values":["manufacturing"]}, …]}}. The schema
 * is documented in {@code docs/segments.md}.
 */
package io.crmkit.segment.json;

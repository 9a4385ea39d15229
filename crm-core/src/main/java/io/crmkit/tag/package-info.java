/**
 * Tags: values in configured dimensions (industry, level, need, intent…) that sort customers
 * into groups, and the storage port that keeps them.
 */
package io.crmkit.tag;

/**
 * Tags: values in configured dimensions (industry, level, need, intent…) that sort customers
 * into groups, the {@link io.crmkit.tag.TagsChanged} event, and the storage port that keeps them.
 */
package io.crmkit.tag;

/**
 * The per-deployment configuration: one document (JSON or YAML) of sections, one per feature
 * (locale, scheduled jobs, roles, lifecycle, custom fields, tags, classification, value assessment, follow-ups,
 * interactions), validated on load with every problem listed.
 */
package io.crmkit.config;

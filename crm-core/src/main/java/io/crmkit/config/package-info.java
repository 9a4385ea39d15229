/**
 * The per-deployment configuration: one document (JSON or YAML) holding roles, custom
 * fields, lifecycle statuses and locale defaults, validated on load with every problem listed.
 */
package io.crmkit.config;

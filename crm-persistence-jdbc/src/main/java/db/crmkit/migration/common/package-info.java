/**
 * crmkit's migration scripts that H2 and PostgreSQL share (the scripts are resources under
 * {@code src/main/resources}). This file exists so that the module descriptor can open the
 * package to Flyway: the Java compiler accepts {@code opens} only for a package it has a
 * source file of.
 */
package db.crmkit.migration.common;

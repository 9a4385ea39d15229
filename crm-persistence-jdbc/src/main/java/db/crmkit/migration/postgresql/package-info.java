/**
 * crmkit's migration scripts written for PostgreSQL only, where its SQL differs from H2's
 * (the scripts are resources under {@code src/main/resources}). This file exists so that the
 * module descriptor can open the package to Flyway.
 */
package db.crmkit.migration.postgresql;

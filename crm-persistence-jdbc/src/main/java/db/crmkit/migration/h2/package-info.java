/**
 * crmkit's migration scripts written for H2 only, where its SQL differs from PostgreSQL's
 * (the scripts are resources under {@code src/main/resources}). This file exists so that the
 * module descriptor can open the package to Flyway.
 */
package db.crmkit.migration.h2;

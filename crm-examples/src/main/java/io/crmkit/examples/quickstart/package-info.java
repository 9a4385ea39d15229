/** The quick-start program: crmkit embedded on its default storage, an H2 file database. */
package io.crmkit.examples.quickstart;

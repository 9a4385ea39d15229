/** A sample notification sender that renders crmkit's templates and prints them. */
package io.crmkit.examples.notify;

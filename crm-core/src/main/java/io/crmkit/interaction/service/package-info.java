/** The interaction service: logging, correcting, deleting and listing interactions, and their timeline source. */
package io.crmkit.interaction.service;

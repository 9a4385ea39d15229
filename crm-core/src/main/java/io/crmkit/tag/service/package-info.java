/** The tag service: tagging and untagging customers, one at a time and in bulk, and counting tags. */
package io.crmkit.tag.service;

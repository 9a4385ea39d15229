package io.crmkit.access;

/** What a share grants on a customer and what hangs off it. */
public enum ShareAccess {
    /** Viewing only. */
    VIEW,
    /** Viewing and editing (not sharing further, not reassigning). */
    EDIT
}

package io.crmkit.segment.rule;

/**
 * The purchases a {@link Figure} adds up, by purchase date in the deployment's time zone:
 * a {@link TrailingWindow} ({@code 12 months}) or a {@link CalendarWindow}
 * ({@code this year}, {@code last year}, {@code all time}).
 */
public sealed interface Window permits TrailingWindow, CalendarWindow {
}

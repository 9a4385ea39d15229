package io.crmkit.customer;

/** How a contact prefers to be reached. */
public enum ContactChannel {
    /** A phone call. */
    PHONE,
    /** A text message. */
    SMS,
    /** E-mail. */
    EMAIL,
    /** Instant messaging (WeChat, WeCom, DingTalk and the like). */
    INSTANT_MESSAGE,
    /** A visit or meeting in person. */
    IN_PERSON
}

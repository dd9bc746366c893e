package org.wanotify.domain.account;

/** Whether an account sends ({@code active}) or holds its messages after an account-level error ({@code paused}). */
public enum AccountState { ACTIVE, PAUSED }

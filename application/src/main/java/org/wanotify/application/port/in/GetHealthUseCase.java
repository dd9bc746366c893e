package org.wanotify.application.port.in;

/** Reports whether the service and its database work, and each account's state. */
public interface GetHealthUseCase {
    Health health();
}

package org.wanotify.application.port.out;

import java.util.List;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.template.TemplateDefinition;

/** Meta's template management API for one WhatsApp Business Account. */
public interface TemplateGateway {
    /** Submits {@code definition} for review. @throws TemplateGatewayException when Meta refuses or cannot be reached */
    CreatedTemplate create(Account account, TemplateDefinition definition);

    /** Every template of the account's WABA (all pages). @throws TemplateGatewayException on failure */
    List<RemoteTemplate> list(Account account);
}

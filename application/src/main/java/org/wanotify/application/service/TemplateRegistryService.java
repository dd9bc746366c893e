package org.wanotify.application.service;

import java.util.List;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.DefineTemplateUseCase;
import org.wanotify.application.port.in.GetTemplatesUseCase;
import org.wanotify.application.port.in.TemplateNotFoundException;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.TemplateStore;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateDefinition;

/** Defines and reads templates of the registry (two use cases over the same store and account rules). */
public final class TemplateRegistryService implements DefineTemplateUseCase, GetTemplatesUseCase {
    private final AccountDirectory accounts;
    private final TemplateStore store;

    public TemplateRegistryService(AccountDirectory accounts, TemplateStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    @Override
    public Template define(Caller caller, String account, TemplateDefinition definition) {
        Account a = TemplateAccounts.resolve(accounts, caller, account);
        Template template = store.find(a.name(), definition.name(), definition.language())
                .map(existing -> existing.redefined(definition))
                .orElseGet(() -> Template.draft(a.name(), definition));
        store.save(template);
        return template;
    }

    @Override
    public List<Template> get(Caller caller, String account, String name) {
        Account a = TemplateAccounts.resolve(accounts, caller, account);
        if (name == null) {
            return store.list(a.name());
        }
        List<Template> found = store.findByName(a.name(), name);
        if (found.isEmpty()) {
            throw new TemplateNotFoundException("name", "no template '" + name + "' in account '" + a.name() + "'");
        }
        return found;
    }
}

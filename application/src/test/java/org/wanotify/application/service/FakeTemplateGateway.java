package org.wanotify.application.service;

import java.util.ArrayList;
import java.util.List;
import org.wanotify.application.port.out.CreatedTemplate;
import org.wanotify.application.port.out.RemoteTemplate;
import org.wanotify.application.port.out.TemplateGateway;
import org.wanotify.application.port.out.TemplateGatewayException;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.template.TemplateDefinition;
import org.wanotify.domain.template.TemplateStatus;

/** A Meta WABA in memory: creations become PENDING remote templates; {@code refuse} makes creations fail. */
final class FakeTemplateGateway implements TemplateGateway {
    final List<RemoteTemplate> remote = new ArrayList<>();
    final List<TemplateDefinition> created = new ArrayList<>();
    String refuse;

    @Override
    public CreatedTemplate create(Account account, TemplateDefinition d) {
        if (refuse != null) {
            throw new TemplateGatewayException(refuse);
        }
        created.add(d);
        String id = "9" + created.size();
        remote.add(new RemoteTemplate(id, d.name(), d.language(), TemplateStatus.PENDING, null, d));
        return new CreatedTemplate(id, TemplateStatus.PENDING);
    }

    @Override
    public List<RemoteTemplate> list(Account account) {
        return List.copyOf(remote);
    }

    void set(String name, TemplateStatus status, String reason) {
        for (int i = 0; i < remote.size(); i++) {
            RemoteTemplate r = remote.get(i);
            if (r.name().equals(name)) {
                remote.set(i, new RemoteTemplate(r.metaId(), r.name(), r.language(), status, reason, r.definition()));
            }
        }
    }
}

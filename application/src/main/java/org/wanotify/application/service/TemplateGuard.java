package org.wanotify.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wanotify.application.port.in.TemplateRefusedException;
import org.wanotify.application.port.out.TemplateStore;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.template.ParameterProblem;
import org.wanotify.domain.template.Template;

/**
 * Stops template sends Meta would refuse (132000 parameter mismatch, 132001 not approved) before they are queued.
 * A template the registry does not know is passed through: it may exist on Meta only.
 */
public final class TemplateGuard {
    private final TemplateStore store;

    public TemplateGuard(TemplateStore store) {
        this.store = store;
    }

    /** A guard that checks nothing, for set-ups without a registry. */
    public static TemplateGuard none() {
        return new TemplateGuard(null);
    }

    /** @param field {@code template} or {@code fallback_template}, to name the problems */
    public void check(String account, MessageContent content, String field) {
        if (store == null || !(content instanceof TemplateContent t)) {
            return;
        }
        Optional<Template> known = store.find(account, t.name(), t.language());
        if (known.isEmpty()) {
            List<Template> otherLanguages = store.findByName(account, t.name());
            if (!otherLanguages.isEmpty()) {
                throw new TemplateRefusedException(List.of(new ParameterProblem(field + ".language", "template '" + t.name()
                        + "' is not defined in '" + t.language() + "'; it exists in "
                        + otherLanguages.stream().map(Template::language).toList())));
            }
            return;
        }
        Template template = known.get();
        List<ParameterProblem> problems = new ArrayList<>();
        if (!template.status().sendable()) {
            problems.add(new ParameterProblem(field + ".name", "template '" + t.name() + "' (" + t.language() + ") is "
                    + template.status() + (template.rejectionReason() == null ? "" : " (" + template.rejectionReason() + ")")
                    + "; only APPROVED templates can be sent" + (template.status().name().equals("DRAFT")
                    ? " (run templates sync to submit it to Meta)" : "")));
        }
        // Components in Meta's own shape (media headers, buttons, OTP codes) are the caller's responsibility.
        if (t.components().isEmpty()) {
            for (ParameterProblem p : template.definition().check(t.parameters())) {
                problems.add(new ParameterProblem(field + p.field().substring("template".length()), p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateRefusedException(problems);
        }
    }
}

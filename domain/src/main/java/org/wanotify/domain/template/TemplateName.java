package org.wanotify.domain.template;

import org.wanotify.domain.InvalidFieldException;

/** Meta's rule for template names: lowercase letters, digits and underscores, at most 512 characters. */
public final class TemplateName {
    private TemplateName() {
    }

    public static String check(String field, String name) {
        InvalidFieldException.requireText(field, name, 512);
        if (!name.matches("[a-z0-9_]+")) {
            throw new InvalidFieldException(field, "'" + name + "' may contain only lowercase letters, digits and underscores");
        }
        return name;
    }
}

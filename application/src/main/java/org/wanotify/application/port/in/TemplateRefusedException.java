package org.wanotify.application.port.in;

import java.util.List;
import org.wanotify.domain.template.ParameterProblem;

/** A send names a known template that cannot be sent as asked: wrong parameters, or not approved; lists every problem. */
public final class TemplateRefusedException extends UseCaseException {
    private final transient List<ParameterProblem> problems;

    public TemplateRefusedException(List<ParameterProblem> problems) {
        super(problems.get(0).field(), problems.stream().map(p -> p.field() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<ParameterProblem> problems() {
        return problems;
    }
}

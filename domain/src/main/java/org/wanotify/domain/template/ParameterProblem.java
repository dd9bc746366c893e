package org.wanotify.domain.template;

/** One way the parameters of a send do not fit the template: the parameter's field and what is wrong. */
public record ParameterProblem(String field, String message) {
}

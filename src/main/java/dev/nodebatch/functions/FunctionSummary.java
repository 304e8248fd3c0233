package dev.nodebatch.functions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a function does, in one line: the HTTP binding's index ({@link FunctionIndex}) lists it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FunctionSummary {

    String value();
}

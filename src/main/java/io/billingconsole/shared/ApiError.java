package io.billingconsole.shared;

/** The JSON body of every API refusal: a stable code for programs and a message for people. */
public record ApiError(String code, String message) {
}

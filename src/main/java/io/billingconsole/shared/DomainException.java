package io.billingconsole.shared;

import java.util.List;

/** A rule refused an action; carries a code and the (already formatted) values its message needs. */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<String> args;

    public DomainException(ErrorCode code, String... args) {
        super(code.name() + (args.length == 0 ? "" : " " + String.join(", ", args)));
        this.code = code;
        this.args = List.of(args);
    }

    public ErrorCode code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}

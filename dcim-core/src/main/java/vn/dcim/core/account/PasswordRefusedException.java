package vn.dcim.core.account;

import vn.dcim.core.error.InvalidInputException;

import java.util.List;
import java.util.stream.Collectors;

/** A password the policy refuses (HTTP 422 on the field "password"), with every reason. */
public class PasswordRefusedException extends InvalidInputException {
    private final List<PasswordProblem> problems;

    public PasswordRefusedException(List<PasswordProblem> problems) {
        super("password", problems.stream().map(PasswordProblem::text).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PasswordProblem> problems() {
        return problems;
    }
}
